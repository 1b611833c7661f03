using System.Text.RegularExpressions;
using Assistant.Core.Text;

namespace Assistant.Answering.Llm.Grounding;

/// <summary>
/// The one form answers and passages are compared in: <see cref="VietnameseText.Normalize"/>, lower case (unless asked), no
/// Markdown "**", dashes unified, no spaces around "-" and "/" (so "71-\n\nNQ/TW" reads "71-nq/tw"), one space
/// between words.
/// </summary>
public static partial class FactText
{
    /// <summary>The comparable form of <paramref name="text"/>; <paramref name="keepCase"/> skips lower-casing (to spot document numbers and names).</summary>
    public static string Prepare(string text, bool keepCase = false)
    {
        var prepared = VietnameseText.Normalize(text).Replace("**", string.Empty, StringComparison.Ordinal);
        prepared = keepCase ? prepared : prepared.ToLowerInvariant();
        prepared = Dashes().Replace(prepared, "-");
        prepared = SpacesAroundJoiners().Replace(prepared, "$1");
        prepared = SpaceBeforePercent().Replace(prepared, "$1%");
        return Whitespace().Replace(prepared, " ").Trim();
    }

    /// <summary>True when <paramref name="key"/> occurs in <paramref name="prepared"/> not glued to a letter or digit on either side.</summary>
    public static bool ContainsWhole(string prepared, string key)
    {
        for (var at = prepared.IndexOf(key, StringComparison.Ordinal); at >= 0; at = prepared.IndexOf(key, at + 1, StringComparison.Ordinal))
        {
            var end = at + key.Length;
            var freeBefore = at == 0 || !char.IsLetterOrDigit(prepared[at - 1]);
            var freeAfter = end == prepared.Length || !char.IsLetterOrDigit(prepared[end]);
            if (freeBefore && freeAfter)
            {
                return true;
            }
        }

        return false;
    }

    [GeneratedRegex("[‐‑‒–—−]")]
    private static partial Regex Dashes();

    [GeneratedRegex(@"\s*([-/])\s*")]
    private static partial Regex SpacesAroundJoiners();

    [GeneratedRegex(@"(\d)\s+%")]
    private static partial Regex SpaceBeforePercent();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
