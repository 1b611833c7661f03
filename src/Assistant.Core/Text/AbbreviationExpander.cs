using System.Text.RegularExpressions;

namespace Assistant.Core.Text;

/// <summary>
/// Expands the abbreviations of Vietnamese administrative writing (NQ, QĐ, GD&amp;ĐT, UBND…): a document keeps
/// the abbreviation and gets its full form after it; a query gets the full form instead of the abbreviation.
/// Either spelling then finds the other.
/// </summary>
public static class AbbreviationExpander
{
    private static readonly (string Pattern, bool IgnoreCase, string Expansion)[] Table =
    [
        (@"GD\s*(&|và|-)?\s*ĐT", true, "giáo dục và đào tạo"),
        (@"GD\s*(&|va|-)?\s*DT", true, "giáo dục và đào tạo"),
        (@"S(ở\s*)?GD\s*(&|-)?\s*ĐT", true, "sở giáo dục và đào tạo"),
        (@"SGDDT", true, "sở giáo dục và đào tạo"),
        (@"BGD\s*(&|-)?\s*[ĐD]T", true, "bộ giáo dục và đào tạo"),
        (@"UBND", true, "ủy ban nhân dân"),
        (@"H[ĐD]ND", true, "hội đồng nhân dân"),
        (@"THPT", true, "trung học phổ thông"),
        (@"THCS", true, "trung học cơ sở"),
        (@"VHTTDL", true, "văn hóa thể thao và du lịch"),
        (@"VH\s*,?\s*TT\s*(&|và)?\s*DL", false, "văn hóa thể thao và du lịch"),
        (@"CNTT", true, "công nghệ thông tin"),
        (@"C[ĐD]S", false, "chuyển đổi số"),
        (@"MTTQ", true, "mặt trận tổ quốc"),
        (@"NQ", true, "nghị quyết"),
        (@"Q[ĐD]", true, "quyết định"),
        (@"PTTg", true, "phó thủ tướng"),
        (@"TTg", true, "thủ tướng"),
        (@"TW", false, "trung ương"),
        (@"TU", false, "tỉnh ủy thành ủy"),
        (@"CTr", false, "chương trình"),
        (@"KH", false, "kế hoạch"),
        (@"CP", false, "chính phủ"),
        (@"BCT", false, "bộ chính trị"),
        (@"TTr", false, "tờ trình"),
        (@"PCT", false, "phó chủ tịch"),
        (@"TP", false, "thành phố"),
        (@"HS", false, "học sinh"),
        (@"GV", false, "giáo viên"),
    ];

    private static readonly Regex[] Patterns = Table
        .Select(entry => new Regex(
            @"(?<![\p{L}\p{N}])" + entry.Pattern + @"(?=[\p{N}]|(?![\p{L}]))",
            RegexOptions.CultureInvariant | (entry.IgnoreCase ? RegexOptions.IgnoreCase : RegexOptions.None)))
        .ToArray();

    /// <summary>
    /// The text with each abbreviation followed by its full form (<paramref name="keepAbbreviation"/>, for documents)
    /// or replaced by it (for queries, so a question's terms are the words a passage must contain).
    /// </summary>
    public static string Expand(string text, bool keepAbbreviation = true)
    {
        var normalized = VietnameseText.Normalize(text);
        var expansions = new List<(int Position, int Length, string Expansion)>();
        var taken = new bool[normalized.Length];
        for (var i = 0; i < Patterns.Length; i++)
        {
            foreach (Match match in Patterns[i].Matches(normalized))
            {
                if (Array.IndexOf(taken, true, match.Index, match.Length) >= 0)
                {
                    continue;
                }

                Array.Fill(taken, true, match.Index, match.Length);
                expansions.Add((match.Index, match.Length, VietnameseText.Normalize(Table[i].Expansion)));
            }
        }

        if (expansions.Count == 0)
        {
            return normalized;
        }

        var result = normalized;
        foreach (var (position, length, expansion) in expansions.OrderByDescending(e => e.Position))
        {
            result = keepAbbreviation
                ? result.Insert(position + length, " " + expansion + " ")
                : result.Remove(position, length).Insert(position, " " + expansion + " ");
        }

        return result;
    }
}
