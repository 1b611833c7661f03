using System.Text;
using Assistant.Core.Documents;

namespace Assistant.Evaluation.Articles;

/// <summary>
/// Turns the benchmark's articles into one document per law, as staff would drop a law into the corpus: its articles in
/// number order, each opening with "Điều N. &lt;title&gt;", parsed by the corpus parser (so long articles become several
/// passages "Điều N.1", "Điều N.1.a"…). The law's name is the document's id and title.
/// </summary>
public static class LawDocuments
{
    /// <summary>The document kind given to the laws.</summary>
    public const string Kind = "luat";

    /// <summary>One parsed document per law, in the order the laws first appear.</summary>
    /// <param name="articles">The articles.</param>
    /// <param name="parse">The corpus parser: document metadata and text to a parsed document.</param>
    public static IReadOnlyList<ParsedDocument> Build(IReadOnlyList<LawArticle> articles, Func<DocumentInfo, string, ParsedDocument> parse) =>
    [
        .. articles.GroupBy(a => a.Key.Law, StringComparer.Ordinal).Select(law => parse(
            new DocumentInfo(law.Key, law.Key, null, null, Kind, null, null, null, null),
            Text(law.OrderBy(a => a.Key.Number)))),
    ];

    /// <summary>The text of a law: each article's first line as its title after "Điều N.", the rest below it.</summary>
    public static string Text(IEnumerable<LawArticle> articles)
    {
        var text = new StringBuilder();
        foreach (var article in articles)
        {
            var lines = article.Text.Trim().Split('\n', 2);
            text.Append(article.Key.Section).Append(". ").AppendLine(lines[0].Trim()).AppendLine();
            if (lines.Length > 1)
            {
                text.AppendLine(lines[1].Trim()).AppendLine();
            }
        }

        return text.ToString();
    }
}
