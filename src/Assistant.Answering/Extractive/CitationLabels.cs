using Assistant.Core.Documents;

namespace Assistant.Answering.Extractive;

/// <summary>How documents and sections are named inside an answer ("Kế hoạch của UBND thành phố Cần Thơ, mục III.4.a").</summary>
public static class CitationLabels
{
    private const int LongTitle = 90;

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
