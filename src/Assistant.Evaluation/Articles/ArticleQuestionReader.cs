using System.Text.Json;
using Assistant.Evaluation.Gold;

namespace Assistant.Evaluation.Articles;

/// <summary>
/// Reads the questions file of an article benchmark: a JSON array of <c>{"question_id", "question_type", "text",
/// "relevant_articles": [{"law_id", "article_id"}]}</c>. A bad item (missing field, an article the articles file does not
/// have) is named by its position and id and left out.
/// </summary>
public static class ArticleQuestionReader
{
    private static readonly JsonSerializerOptions JsonOptions = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    /// <summary>The valid questions, in file order, and one error per bad item.</summary>
    /// <exception cref="InvalidDataException">The file is not a JSON array.</exception>
    public static GoldFile<ArticleQuestion> Read(string path, IReadOnlySet<ArticleKey> articles)
    {
        List<JsonElement>? items;
        try
        {
            items = JsonSerializer.Deserialize<List<JsonElement>>(File.ReadAllText(path));
        }
        catch (JsonException exception)
        {
            throw new InvalidDataException($"{path} must hold a JSON array of questions ({exception.Message.Split('.')[0]}).", exception);
        }

        var questions = new List<ArticleQuestion>();
        var errors = new List<string>();
        for (var i = 0; i < (items?.Count ?? 0); i++)
        {
            ArticleQuestion? question = null;
            string? problem;
            try
            {
                question = items![i].Deserialize<ArticleQuestion>(JsonOptions);
                problem = question is null ? "not a question object" : Validate(question, articles);
            }
            catch (JsonException exception)
            {
                problem = exception.Message.Split('.')[0];
            }

            if (problem is null)
            {
                questions.Add(question!);
            }
            else
            {
                errors.Add($"{Path.GetFileName(path)} item {i + 1}{(question?.QuestionId is { } id ? $" ({id})" : string.Empty)}: {problem}");
            }
        }

        return new GoldFile<ArticleQuestion>(questions, errors);
    }

    private static string? Validate(ArticleQuestion question, IReadOnlySet<ArticleKey> articles)
    {
        if (string.IsNullOrWhiteSpace(question.QuestionId))
        {
            return "missing \"question_id\"";
        }

        if (string.IsNullOrWhiteSpace(question.Text))
        {
            return "missing \"text\"";
        }

        if (question.RelevantArticles is not { Count: > 0 } references)
        {
            return "missing \"relevant_articles\"";
        }

        if (references.FirstOrDefault(r => r.Key is null) is { } bad)
        {
            return $"relevant article {{\"law_id\": \"{bad.LawId}\", \"article_id\": \"{bad.ArticleId}\"}} needs a law and an article number";
        }

        var unknown = references.Select(r => r.Key!).FirstOrDefault(k => !articles.Contains(k));
        return unknown is null ? null : $"unknown article \"{unknown.Law}@{unknown.Number}\"";
    }
}
