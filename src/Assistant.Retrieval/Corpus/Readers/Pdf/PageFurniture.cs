using System.Text.RegularExpressions;

namespace Assistant.Retrieval.Corpus.Readers.Pdf;

/// <summary>
/// Drops what a page prints around the text: page numbers ("3", "- 3 -", "Trang 3", "3/12") at the top or bottom of a
/// page, and a running header or footer — a first or last line that recurs, digits aside, on several pages.
/// </summary>
internal static partial class PageFurniture
{
    /// <summary>The pages' lines without their furniture.</summary>
    public static IReadOnlyList<IReadOnlyList<PdfLine>> Remove(IReadOnlyList<IReadOnlyList<PdfLine>> pages)
    {
        var recurring = pages.Count < 2
            ? []
            : pages.SelectMany(Edges).Select(Shape).GroupBy(s => s).Where(g => g.Count() >= Math.Max(2, pages.Count / 2)).Select(g => g.Key).ToHashSet();
        return pages.Select(lines => (IReadOnlyList<PdfLine>)Keep(lines, recurring).ToList()).ToList();
    }

    private static IEnumerable<PdfLine> Keep(IReadOnlyList<PdfLine> lines, HashSet<string> recurring)
    {
        var first = 0;
        var last = lines.Count - 1;
        while (first <= last && IsFurniture(lines[first], recurring))
        {
            first++;
        }

        while (last >= first && IsFurniture(lines[last], recurring))
        {
            last--;
        }

        return lines.Skip(first).Take(last - first + 1);
    }

    private static bool IsFurniture(PdfLine line, HashSet<string> recurring) =>
        PageNumber().IsMatch(line.Text) || recurring.Contains(Shape(line));

    private static IEnumerable<PdfLine> Edges(IReadOnlyList<PdfLine> lines) =>
        lines.Count == 0 ? [] : lines.Count == 1 ? [lines[0]] : [lines[0], lines[^1]];

    private static string Shape(PdfLine line) => Digits().Replace(line.Text.Trim(), "#");

    [GeneratedRegex(@"^\s*(?:trang\s*)?[-–]?\s*\d{1,4}\s*(?:[-–]|/\s*\d{1,4})?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex PageNumber();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();
}
