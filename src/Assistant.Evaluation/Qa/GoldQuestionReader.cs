using System.Text.Json;

namespace Assistant.Evaluation.Qa;

/// <summary>
/// Reads a gold question file; a bad line (invalid JSON, missing field, unknown document id) is reported
/// with its line number and the other lines are kept.
/// </summary>
public static class GoldQuestionReader
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    /// <summary>The valid questions and the errors of the invalid lines.</summary>
    public static (IReadOnlyList<GoldQuestion> Questions, IReadOnlyList<string> Errors) Read(string path, IReadOnlySet<string> documentIds)
    {
        var questions = new List<GoldQuestion>();
        var errors = new List<string>();
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                var question = JsonSerializer.Deserialize<GoldQuestion>(line, JsonOptions);
                var problem = question is null ? "empty line" : Validate(question, documentIds);
                if (problem is null)
                {
                    questions.Add(question!);
                }
                else
                {
                    errors.Add($"{Path.GetFileName(path)} line {number}: {problem}");
                }
            }
            catch (JsonException exception)
            {
                errors.Add($"{Path.GetFileName(path)} line {number}: invalid JSON ({exception.Message.Split('.')[0]})");
            }
        }

        return (questions, errors);
    }

    private static string? Validate(GoldQuestion question, IReadOnlySet<string> documentIds)
    {
        if (string.IsNullOrWhiteSpace(question.Id))
        {
            return "missing \"id\"";
        }

        if (string.IsNullOrWhiteSpace(question.Question))
        {
            return "missing \"question\"";
        }

        if (question.Answerable is null)
        {
            return "missing \"answerable\"";
        }

        if (question.Answerable == false)
        {
            return null;
        }

        if (question.Evidence is not { Count: > 0 } || question.Evidence.Any(e => string.IsNullOrWhiteSpace(e.Doc) || string.IsNullOrWhiteSpace(e.Text)))
        {
            return "an answerable question needs \"evidence\" with \"doc\" and \"text\"";
        }

        if (question.Facts is not { Count: > 0 })
        {
            return "an answerable question needs \"facts\"";
        }

        var unknown = question.Evidence.FirstOrDefault(e => !documentIds.Contains(e.Doc!));
        return unknown is null ? null : $"unknown document id \"{unknown.Doc}\"";
    }
}
