using System.Text.RegularExpressions;
using Assistant.Core.Text;

namespace Assistant.Answering.Conversation;

/// <summary>
/// "ai ký văn bản đó?", "kế hoạch này giao việc gì?": a document named by a demonstrative is the document cited last,
/// named by its short name ("kế hoạch của UBND tỉnh Quảng Ngãi"): that keeps the search on that document (its province)
/// without the words of its long title, which would draw the title and preamble into the answer.
/// </summary>
internal static class DocumentReference
{
    /// <summary>A document noun and a demonstrative, matched on the folded lower-case text.</summary>
    private static readonly Regex Reference = new(
        @"(?<![\p{L}\p{N}])(van ban|ke hoach|quyet dinh|nghi quyet|tai lieu|cong van|thong bao|chi thi|bai viet|bai bao|tin bai)\s+(?<det>do|nay|ay|kia|tren|vua roi|vua neu|vua nhac)(?![\p{L}\p{N}])(?<next>\s+[\p{L}\p{N}]+)?",
        RegexOptions.CultureInvariant | RegexOptions.Compiled);

    /// <summary>Demonstratives as written with diacritics, used when the question is typed with them.</summary>
    private static readonly HashSet<string> AccentedDeterminers = new(StringComparer.Ordinal)
    {
        "đó", "này", "ấy", "kia", "trên", "vừa rồi", "vừa nêu", "vừa nhắc",
    };

    /// <summary>The question with the reference replaced by <paramref name="name"/>, or null when it has none or no name is known.</summary>
    public static string? Rewrite(string text, string? name)
    {
        if (name is null)
        {
            return null;
        }

        var folded = VietnameseText.Fold(text).ToLowerInvariant();
        if (folded.Length != text.Length)
        {
            return null;
        }

        var unaccented = VietnameseText.IsUnaccented(text);
        foreach (Match match in Reference.Matches(folded))
        {
            var determiner = match.Groups["det"];
            var typed = text.Substring(determiner.Index, determiner.Length).ToLowerInvariant();
            // "văn bản do ai ký" is "signed by": without diacritics "do" counts only when no "ai" follows.
            var isDemonstrative = unaccented
                ? determiner.Value != "do" || match.Groups["next"].Value.Trim() != "ai"
                : AccentedDeterminers.Contains(typed);
            if (!isDemonstrative)
            {
                continue;
            }

            var end = determiner.Index + determiner.Length;
            var reference = unaccented ? VietnameseText.Fold(name) : name;
            reference = match.Index == 0
                ? char.ToUpperInvariant(reference[0]) + reference[1..]
                : char.ToLowerInvariant(reference[0]) + reference[1..];
            return text[..match.Index] + reference + text[end..];
        }

        return null;
    }
}
