using Assistant.Evaluation.Gold;

namespace Assistant.Evaluation.Qa;

/// <summary>
/// Reads a gold question file; a bad line (invalid JSON, missing field, unknown document id) is reported
/// with its line number and the other lines are kept.
/// </summary>
public static class GoldQuestionReader
{
    /// <summary>The valid questions and the errors of the invalid lines.</summary>
    public static (IReadOnlyList<GoldQuestion> Questions, IReadOnlyList<string> Errors) Read(string path, IReadOnlySet<string> documentIds)
    {
        var file = GoldFileReader.Read<GoldQuestion>(path, question => Validate(question, documentIds));
        return (file.Items, file.Errors);
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
