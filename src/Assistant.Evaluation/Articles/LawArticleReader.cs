using System.Globalization;
using System.Text.Json;
using Assistant.Evaluation.Gold;

namespace Assistant.Evaluation.Articles;

/// <summary>
/// Reads the articles file of an article benchmark (ALQAC's <c>articles.json</c>): one JSON object mapping
/// <c>"&lt;law name&gt;@&lt;article number&gt;"</c> to the article's text. A bad entry is named and left out.
/// </summary>
public static class LawArticleReader
{
    /// <summary>The valid articles, in file order, and one error per bad entry.</summary>
    /// <exception cref="InvalidDataException">The file is not one JSON object.</exception>
    public static GoldFile<LawArticle> Read(string path)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(File.ReadAllText(path));
        }
        catch (JsonException exception)
        {
            throw new InvalidDataException($"{path} is not valid JSON ({exception.Message.Split('.')[0]}).", exception);
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new InvalidDataException($"{path} must hold one JSON object of \"<law>@<article number>\": \"text\".");
            }

            var articles = new List<LawArticle>();
            var errors = new List<string>();
            foreach (var entry in document.RootElement.EnumerateObject())
            {
                var at = entry.Name.LastIndexOf('@');
                if (at <= 0 || !int.TryParse(entry.Name[(at + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number <= 0)
                {
                    errors.Add($"{Path.GetFileName(path)} \"{entry.Name}\": the key must be \"<law>@<article number>\"");
                }
                else if (entry.Value.ValueKind != JsonValueKind.String || string.IsNullOrWhiteSpace(entry.Value.GetString()))
                {
                    errors.Add($"{Path.GetFileName(path)} \"{entry.Name}\": the article text must be a non-empty string");
                }
                else
                {
                    articles.Add(new LawArticle(new ArticleKey(entry.Name[..at].Trim(), number), entry.Value.GetString()!));
                }
            }

            return new GoldFile<LawArticle>(articles, errors);
        }
    }
}
