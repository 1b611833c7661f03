using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Assistant.Core.Configuration;
using Assistant.Retrieval.Corpus.Metadata;

namespace Assistant.Retrieval.Corpus.Readers.Html;

/// <summary>
/// Reads a saved web page (a government portal's article) through AngleSharp: only the article's text, one block
/// (paragraph, heading, list item, table row) per paragraph; the title from the article's heading or the page title.
/// </summary>
public sealed partial class HtmlDocumentReader : IDocumentReader
{
    private const string Blocks = "p, h1, h2, h3, h4, h5, h6, li, tr, blockquote, pre";

    /// <inheritdoc />
    public IReadOnlyList<string> Extensions { get; } = [".html", ".htm"];

    /// <inheritdoc />
    public IReadOnlyList<string> MediaTypes { get; } = ["text/html"];

    /// <inheritdoc />
    public DocumentContent Read(string filePath, CorpusOptions limits)
    {
        using var stream = File.OpenRead(filePath);
        var document = new HtmlParser().ParseDocument(stream);
        var article = ArticleLocator.Locate(document);
        var heading = article.QuerySelector("h1")?.TextContent ?? document.QuerySelector("h1")?.TextContent;
        var paragraphs = article.QuerySelectorAll(Blocks)
            .Where(block => block.QuerySelector(Blocks) is null)
            .Select(TextOf)
            .Where(text => text.Length > 0)
            .ToList();
        if (paragraphs.Count == 0)
        {
            paragraphs.Add(TextOf(article));
        }

        var title = Clean(heading ?? document.Title ?? string.Empty);
        var metadata = new DocumentMetadata { Title = title.Length == 0 ? null : title };
        return new DocumentContent(string.Join("\n\n", paragraphs).Normalize(NormalizationForm.FormC), metadata);
    }

    private static string TextOf(IElement block)
    {
        foreach (var lineBreak in block.QuerySelectorAll("br").ToList())
        {
            lineBreak.Replace(block.Owner!.CreateTextNode("\n"));
        }

        return string.Join('\n', block.TextContent.Split('\n').Select(Clean).Where(line => line.Length > 0));
    }

    private static string Clean(string text) => Spaces().Replace(text.Replace('\u00a0', ' '), " ").Trim();

    [GeneratedRegex(@"[ \t\r\f\v]+")]
    private static partial Regex Spaces();
}
