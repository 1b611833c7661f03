using System.Globalization;
using System.Text.RegularExpressions;

namespace Assistant.Evaluation.Articles;

/// <summary>One article of one law: the unit the article benchmark ranks ("Luật Cư trú", 38).</summary>
/// <param name="Law">The law's name, also its document id.</param>
/// <param name="Number">The article number (Điều N).</param>
public sealed partial record ArticleKey(string Law, int Number)
{
    /// <summary>The section the parser gives the article ("Điều 38"); its items are "Điều 38.2", "Điều 38.2.a".</summary>
    public string Section => "Điều " + Number.ToString(CultureInfo.InvariantCulture);

    /// <summary>The article a passage belongs to: its document's law and the "Điều N" its section starts with, or null.</summary>
    public static ArticleKey? OfPassage(string doc, string section) =>
        SectionPattern().Match(section) is { Success: true } match ? new ArticleKey(doc, int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture)) : null;

    /// <inheritdoc />
    public override string ToString() => $"{Law} {Section}";

    [GeneratedRegex(@"^Điều (\d+)(?:\.|$)", RegexOptions.CultureInvariant)]
    private static partial Regex SectionPattern();
}
