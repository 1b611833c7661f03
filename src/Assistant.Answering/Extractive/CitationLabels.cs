using System.Text.RegularExpressions;
using Assistant.Core.Answers;
using Assistant.Core.Documents;
using Assistant.Core.Retrieval;

namespace Assistant.Answering.Extractive;

/// <summary>How documents and sections are named inside an answer ("Kế hoạch của UBND thành phố Cần Thơ, mục III.4.a").</summary>
public static class CitationLabels
{
    private const int LongTitle = 90;

    /// <summary>The citation of a retrieved passage: the full passage text, the document's short name and the heading trail.</summary>
    public static Citation Cite(ScoredPassage hit) =>
        new(hit.Passage.DocId, hit.Passage.Section, hit.Document.Title, hit.Passage.Text)
        {
            ShortTitle = DocumentName(hit.Document),
            Headings = hit.Passage.Headings,
        };

    /// <summary>How a source is listed under an answer: "Kế hoạch của UBND tỉnh Lạng Sơn, mục III.1 (Sở Văn hóa, Thể thao và Du lịch)".</summary>
    public static string Source(Citation citation) =>
        $"{(string.IsNullOrWhiteSpace(citation.ShortTitle) ? citation.Title : citation.ShortTitle)}, {SectionWithHeading(citation.Section, citation.Headings)}";

    /// <summary>A short Vietnamese name of the document.</summary>
    public static string DocumentName(DocumentInfo info)
    {
        if (!string.IsNullOrWhiteSpace(info.ShortTitle))
        {
            return info.ShortTitle;
        }

        if (info.Title.Length <= LongTitle || string.IsNullOrWhiteSpace(info.Issuer))
        {
            return info.Title;
        }

        var kind = info.Kind switch
        {
            "ke-hoach" => "Kế hoạch",
            "quyet-dinh" => "Quyết định",
            "tin-bai" => "Bản tin",
            "nghi-quyet" => "Nghị quyết",
            _ => "Văn bản",
        };
        return $"{kind} của {info.Issuer}";
    }

    private const int ShortHeading = 80;

    private static readonly Regex HeadingMarker = new(
        @"^\s*(?:[IVXLC]+\.|\d+(?:\.\d+)*[.\-]|[a-zđ]\))\s*",
        RegexOptions.Compiled);

    /// <summary>
    /// The section name with the heading right above the passage when it is short: "mục V.4 (Sở Ngoại vụ)" —
    /// in these plans the agency responsible is often only in that heading.
    /// </summary>
    public static string SectionWithHeading(string section, IReadOnlyList<string> headings)
    {
        var name = SectionName(section);
        var heading = headings.Count == 0 ? null : HeadingText(headings[^1]);
        return string.IsNullOrEmpty(heading) || heading.Length > ShortHeading || !heading.Any(char.IsLower)
            ? name
            : $"{name} ({heading})";
    }

    /// <summary>A heading without its marker ("4. ", "b) ") and closing punctuation: "Sở Ngoại vụ".</summary>
    public static string HeadingText(string heading) => HeadingMarker.Replace(heading, string.Empty).Trim().TrimEnd(':', '.');

    /// <summary>"mục III.4.a", "Điều 1", "phần chữ ký".</summary>
    public static string SectionName(string section)
    {
        if (section.Length == 0)
        {
            return "phần đầu";
        }

        if (char.IsDigit(section[0]) || "IVX".Contains(section[0]) && section.TrimEnd('.').All(c => "IVXLC.0123456789abcdđeghiklmnopqrstuvxy".Contains(c)))
        {
            return "mục " + section;
        }

        return section.StartsWith("Điều", StringComparison.Ordinal) || section.StartsWith("Đoạn", StringComparison.Ordinal)
            ? section
            : "phần " + char.ToLowerInvariant(section[0]) + section[1..];
    }
}
