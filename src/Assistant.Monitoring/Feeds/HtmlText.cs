using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace Assistant.Monitoring.Feeds;

/// <summary>Plain text of the HTML found in feed titles, summaries and content: tags dropped, entities decoded, NFC.</summary>
public static partial class HtmlText
{
    /// <summary>
    /// Drops scripts, styles, comments and tags (block tags become line breaks), decodes entities, removes invisible
    /// characters, collapses spaces and blank lines, and returns NFC.
    /// </summary>
    public static string ToPlainText(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        var text = Hidden().Replace(html, " ");
        text = Comment().Replace(text, " ");
        text = BlockTag().Replace(text, "\n");
        text = Tag().Replace(text, "");
        text = WebUtility.HtmlDecode(text);
        text = Invisible().Replace(text, "");
        text = Spaces().Replace(text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n'), " ");
        text = BlankLines().Replace(LineEdges().Replace(text, "\n"), "\n\n");
        return text.Trim().Normalize(NormalizationForm.FormC);
    }

    [GeneratedRegex(@"<(script|style|noscript|template)\b[^>]*>.*?</\1\s*>", RegexOptions.IgnoreCase | RegexOptions.Singleline)]
    private static partial Regex Hidden();

    [GeneratedRegex(@"<!--.*?-->", RegexOptions.Singleline)]
    private static partial Regex Comment();

    [GeneratedRegex(@"<(br|hr|li|/?(p|div|ul|ol|h[1-6]|tr|table|blockquote|pre|section|article|header|footer|figure|figcaption))\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex BlockTag();

    [GeneratedRegex(@"</?[a-zA-Z][^>]*>|<![^>]*>")]
    private static partial Regex Tag();

    [GeneratedRegex("[\u00AD\u200B\u200C\u200D\u2060\uFEFF]")]
    private static partial Regex Invisible();

    [GeneratedRegex(@"[^\S\n]+")]
    private static partial Regex Spaces();

    [GeneratedRegex(@" ?\n ?")]
    private static partial Regex LineEdges();

    [GeneratedRegex(@"\n{3,}")]
    private static partial Regex BlankLines();
}
