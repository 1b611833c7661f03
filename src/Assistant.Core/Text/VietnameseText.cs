using System.Globalization;
using System.Text;

namespace Assistant.Core.Text;

/// <summary>
/// Vietnamese text normalisation shared by every part: one Unicode form, one tone-mark placement,
/// a folded form without diacritics, and the matching key the gold sets use.
/// </summary>
public static class VietnameseText
{
    private const char Grave = '\u0300', Acute = '\u0301', Tilde = '\u0303', Hook = '\u0309', DotBelow = '\u0323';

    /// <summary>
    /// NFC with the tone mark of "oa", "oe", "uy" at the end of a syllable placed on the first vowel,
    /// so that "hoá"/"hóa" and "thuỷ"/"thủy" become the same string ("hóa", "thủy").
    /// </summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var decomposed = text.Normalize(NormalizationForm.FormD);
        if (!HasToneMark(decomposed))
        {
            return text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
        }

        var builder = new StringBuilder(decomposed.Length);
        var start = 0;
        for (var i = 0; i <= decomposed.Length; i++)
        {
            if (i < decomposed.Length && IsWordChar(decomposed[i]))
            {
                continue;
            }

            if (i > start)
            {
                builder.Append(CanonicalTonePlacement(decomposed.AsSpan(start, i - start)));
            }

            if (i < decomposed.Length)
            {
                builder.Append(decomposed[i]);
            }

            start = i + 1;
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>Removes every diacritic and maps đ→d, Đ→D; case is kept.</summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            builder.Append(c switch { 'đ' => 'd', 'Đ' => 'D', _ => c });
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>True when the text has no Vietnamese diacritic at all (typed on a plain keyboard).</summary>
    public static bool IsUnaccented(string text) => string.Equals(Fold(text), text.Normalize(NormalizationForm.FormC), StringComparison.Ordinal);

    /// <summary>
    /// The key the gold sets match on: normalised, lower case, Markdown emphasis ("**", "*") removed and all whitespace removed,
    /// so "71-\n\nNQ/TW" in a source matches "71-NQ/TW".
    /// </summary>
    public static string MatchKey(string text)
    {
        var normalized = Normalize(text).Replace("*", string.Empty, StringComparison.Ordinal).ToLowerInvariant();
        var builder = new StringBuilder(normalized.Length);
        foreach (var c in normalized)
        {
            if (!char.IsWhiteSpace(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>The match key without diacritics, for comparing answers typed either way.</summary>
    public static string FoldedMatchKey(string text) => Fold(MatchKey(text));

    private static bool HasToneMark(string decomposed)
    {
        foreach (var c in decomposed)
        {
            if (IsToneMark(c))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsToneMark(char c) => c is Grave or Acute or Tilde or Hook or DotBelow;

    private static bool IsWordChar(char c) => char.IsLetter(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark;

    /// <summary>Moves the tone of a final "oa"/"oe"/"uy" (old style "hoá") to the first vowel ("hóa").</summary>
    private static string CanonicalTonePlacement(ReadOnlySpan<char> word)
    {
        // Collect base letters and their positions in the decomposed word.
        Span<int> letterIndex = stackalloc int[word.Length];
        var letters = 0;
        for (var i = 0; i < word.Length; i++)
        {
            if (char.IsLetter(word[i]))
            {
                letterIndex[letters++] = i;
            }
        }

        if (letters < 2)
        {
            return word.ToString();
        }

        var firstIndex = letterIndex[letters - 2];
        var secondIndex = letterIndex[letters - 1];
        var first = char.ToLowerInvariant(word[firstIndex]);
        var second = char.ToLowerInvariant(word[secondIndex]);
        var isPair = (first == 'o' && second is 'a' or 'e') || (first == 'u' && second == 'y');
        if (!isPair)
        {
            return word.ToString();
        }

        // "qu" + "y" (quý) keeps its tone on y; so does "gi" style onsets with u.
        if (first == 'u' && letters >= 3 && char.ToLowerInvariant(word[letterIndex[letters - 3]]) == 'q')
        {
            return word.ToString();
        }

        // The first vowel must carry no other mark (hoà yes; "ươ" style clusters are not this case).
        var firstMarksEnd = secondIndex;
        var toneAt = -1;
        for (var i = secondIndex + 1; i < word.Length; i++)
        {
            if (IsToneMark(word[i]))
            {
                toneAt = i;
            }
        }

        for (var i = firstIndex + 1; i < firstMarksEnd; i++)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(word[i]) == UnicodeCategory.NonSpacingMark)
            {
                return word.ToString();
            }
        }

        if (toneAt < 0)
        {
            return word.ToString();
        }

        var builder = new StringBuilder(word.Length);
        for (var i = 0; i < word.Length; i++)
        {
            if (i == toneAt)
            {
                continue;
            }

            builder.Append(word[i]);
            if (i == firstIndex)
            {
                builder.Append(word[toneAt]);
            }
        }

        return builder.ToString();
    }
}
