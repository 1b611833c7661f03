using Assistant.Core.Provinces;
using Assistant.Core.Text;

namespace Assistant.Review.Accounts;

/// <summary>
/// Compares an account's agency ("Sở GD&amp;ĐT Cần Thơ", "Sở Y tế tỉnh Lạng Sơn") with the headings of a plan
/// ("1. Sở Giáo dục và Đào tạo", "b) Sở Văn hóa, Thể thao và Du lịch"): both as folded words with abbreviations
/// written out; the province part of the agency and the list marker of the heading are left out.
/// </summary>
public static class AgencyName
{
    private static readonly HashSet<string> RomanNumerals = new(StringComparer.Ordinal)
    {
        "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv",
    };

    /// <summary>The words that name <paramref name="agency"/> without its province, e.g. <c>so giao duc va dao tao</c>.</summary>
    public static IReadOnlyList<string> Key(string agency, ProvinceDirectory provinces)
    {
        var text = VietnameseText.Normalize(agency);
        if (provinces.FindIn(text) is [var first, ..] && first.Position > 0)
        {
            text = text[..first.Position];
        }

        var words = Words(text);
        while (true)
        {
            if (words is [.., "tinh"] or [.., "tp"])
            {
                words.RemoveAt(words.Count - 1);
            }
            else if (words is [.., "thanh", "pho"])
            {
                words.RemoveRange(words.Count - 2, 2);
            }
            else
            {
                return words;
            }
        }
    }

    /// <summary>
    /// True when <paramref name="heading"/> (a heading or the start of a passage) opens with the agency whose
    /// <see cref="Key"/> is <paramref name="key"/>; a key of fewer than two words never matches.
    /// </summary>
    public static bool Heads(string heading, IReadOnlyList<string> key)
    {
        if (key.Count < 2)
        {
            return false;
        }

        var words = Words(heading);
        var start = 0;
        while (start < words.Count && IsListMarker(words[start]))
        {
            start++;
        }

        if (words.Count - start < key.Count)
        {
            return false;
        }

        for (var i = 0; i < key.Count; i++)
        {
            if (!string.Equals(words[start + i], key[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    private static List<string> Words(string text) =>
        VietnameseAnalyzer.Tokenize(AbbreviationExpander.Expand(text, keepAbbreviation: false).ToLowerInvariant())
            .Select(VietnameseText.Fold)
            .ToList();

    private static bool IsListMarker(string word) =>
        word.All(char.IsAsciiDigit) || (word.Length == 1 && word != "y") || RomanNumerals.Contains(word);
}
