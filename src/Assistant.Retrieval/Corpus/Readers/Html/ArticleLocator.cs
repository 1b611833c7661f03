using AngleSharp.Dom;

namespace Assistant.Retrieval.Corpus.Readers.Html;

/// <summary>
/// Finds the article of a portal page: a marked article (<c>article</c>, <c>[itemprop=articleBody]</c>, <c>main</c>)
/// when there is one, else the element holding the most paragraph text. Menus, headers, footers, sidebars, forms and
/// scripts are removed first, so they never reach the corpus.
/// </summary>
internal static class ArticleLocator
{
    private const string Furniture =
        "script, style, noscript, template, nav, header, footer, aside, form, iframe, menu, " +
        "[role=navigation], [role=banner], [role=contentinfo], [role=search], " +
        "[class*=menu], [id*=menu], [class*=breadcrumb], [class*=sidebar], [class*=footer], [id*=footer], [class*=share], [class*=related]";

    private static readonly string[] Marked = ["[itemprop=articleBody]", "article", "main", "[role=main]"];

    /// <summary>The element holding the article text of <paramref name="document"/>, furniture removed.</summary>
    public static IElement Locate(IDocument document)
    {
        var body = document.Body ?? document.DocumentElement;
        foreach (var element in body.QuerySelectorAll(Furniture).ToList())
        {
            element.Remove();
        }

        foreach (var selector in Marked)
        {
            var marked = body.QuerySelectorAll(selector).MaxBy(ParagraphTextLength);
            if (marked is not null && ParagraphTextLength(marked) > 0)
            {
                return marked;
            }
        }

        return body.QuerySelectorAll("p").Select(p => p.ParentElement).OfType<IElement>().Distinct()
            .MaxBy(ParagraphTextLength) ?? body;
    }

    private static int ParagraphTextLength(IElement element) =>
        element.QuerySelectorAll("p, li, h1, h2, h3, h4").Sum(p => p.TextContent.Trim().Length);
}
