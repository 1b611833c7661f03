using System.Globalization;
using System.Text;
using Assistant.Core.Text;

namespace Assistant.Monitoring.Classification;

/// <summary>
/// Builds the views of a post the featuriser reads, into reusable buffers: the normalised text (NFC, one tone
/// placement, case kept) for meta features, and lower-cased accented and folded views with zero-width characters
/// removed and whitespace collapsed, padded with one space at each end so character n-grams see word boundaries.
/// Text made only of characters whose normalisation is local (Latin with precomposed Vietnamese letters,
/// punctuation, symbols, emoji) takes a fast path with per-character tables; anything else goes through
/// <see cref="VietnameseText.Normalize"/> and <see cref="VietnameseText.Fold"/>. Both give the same views.
/// Not thread-safe: one per thread.
/// </summary>
internal sealed class TextViewBuilder
{
    private const int TableSize = 0x2C00;
    private const char Unsafe = '\uFFFF';

    /// <summary>The folded form of each character that normalisation leaves alone, or <see cref="Unsafe"/>.</summary>
    private static readonly char[] FoldTable = BuildFoldTable();

    /// <summary>Lower case of each character below <see cref="TableSize"/>.</summary>
    private static readonly char[] LowerTable = [.. Enumerable.Range(0, TableSize).Select(c => char.ToLowerInvariant((char)c))];

    /// <summary>Per character below <see cref="TableSize"/>: 1 letter, 2 letter or digit, 4 white space.</summary>
    private static readonly byte[] KindTable = [.. Enumerable.Range(0, TableSize).Select(c => (byte)((char.IsLetter((char)c) ? 1 : 0) | (char.IsLetterOrDigit((char)c) ? 2 : 0) | (char.IsWhiteSpace((char)c) ? 4 : 0)))];

    private char[] normalized = new char[256];
    private char[] accented = new char[256];
    private char[] folded = new char[256];
    private string? normalizedString;

    public int NormalizedLength { get; private set; }

    public int AccentedLength { get; private set; }

    public int ZeroWidthCount { get; private set; }

    public ReadOnlySpan<char> Normalized => normalizedString is null ? normalized.AsSpan(0, NormalizedLength) : normalizedString;

    public ReadOnlySpan<char> Accented => accented.AsSpan(0, AccentedLength);

    public int FoldedLength { get; private set; }

    public ReadOnlySpan<char> Folded => folded.AsSpan(0, FoldedLength);

    /// <summary>Builds the views of <paramref name="text"/>; <paramref name="generic"/> forces the slow general path.</summary>
    public void Build(string text, bool generic = false)
    {
        normalizedString = generic || !TryNormalizeFast(text) ? VietnameseText.Normalize(text) : null;
        BuildAccented(Normalized);
        if (generic || !TryFoldFast())
        {
            var slow = VietnameseText.Fold(new string(Accented));
            Grow(ref folded, slow.Length);
            slow.CopyTo(folded);
            FoldedLength = slow.Length;
        }
        else
        {
            FoldedLength = AccentedLength;
        }
    }

    /// <summary>char.IsLetterOrDigit, from a table for the common characters.</summary>
    public static bool IsLetterOrDigit(char c) => c < TableSize ? (KindTable[c] & 2) != 0 : char.IsLetterOrDigit(c);

    private bool TryNormalizeFast(string text)
    {
        Grow(ref normalized, text.Length);
        var length = 0;
        var wordStart = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : ' ';
            if (!IsSafe(text, i, c))
            {
                return false;
            }

            var isLetter = i < text.Length && (c < TableSize ? (KindTable[c] & 1) != 0 : char.IsLetter(c));
            if (isLetter)
            {
                if (wordStart < 0)
                {
                    wordStart = length;
                }
            }
            else if (wordStart >= 0)
            {
                length = EndWord(wordStart, length);
                wordStart = -1;
            }

            if (i < text.Length)
            {
                Grow(ref normalized, length + 1);
                normalized[length++] = c;
            }
        }

        NormalizedLength = length;
        return true;
    }

    /// <summary>A word ending in "oa", "oe" or "uy" may carry its tone in the old place: normalise that word alone.</summary>
    private int EndWord(int start, int end)
    {
        if (end - start < 2)
        {
            return end;
        }

        var first = FoldTable[char.ToLowerInvariant(normalized[end - 2])];
        var second = FoldTable[char.ToLowerInvariant(normalized[end - 1])];
        var isPair = (first is 'o' && second is 'a' or 'e') || (first is 'u' && second is 'y');
        if (!isPair)
        {
            return end;
        }

        var word = VietnameseText.Normalize(new string(normalized, start, end - start));
        Grow(ref normalized, start + word.Length + 1);
        word.CopyTo(normalized.AsSpan(start));
        return start + word.Length;
    }

    private void BuildAccented(ReadOnlySpan<char> text)
    {
        Grow(ref accented, text.Length + 2);
        var length = 0;
        accented[length++] = ' ';
        var zeroWidth = 0;
        var lastWasSpace = true;
        foreach (var c in text)
        {
            if (c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD')
            {
                zeroWidth++;
                continue;
            }

            if (c < TableSize ? (KindTable[c] & 4) != 0 : char.IsWhiteSpace(c))
            {
                if (!lastWasSpace)
                {
                    accented[length++] = ' ';
                    lastWasSpace = true;
                }

                continue;
            }

            accented[length++] = c < TableSize ? LowerTable[c] : char.ToLowerInvariant(c);
            lastWasSpace = false;
        }

        if (!lastWasSpace)
        {
            accented[length++] = ' ';
        }

        AccentedLength = length;
        ZeroWidthCount = zeroWidth;
    }

    private bool TryFoldFast()
    {
        Grow(ref folded, AccentedLength);
        for (var i = 0; i < AccentedLength; i++)
        {
            var c = accented[i];
            if (char.IsSurrogate(c))
            {
                folded[i] = c;
                continue;
            }

            var f = c < TableSize ? FoldTable[c] : Unsafe;
            if (f == Unsafe)
            {
                return false;
            }

            folded[i] = f;
        }

        return true;
    }

    /// <summary>
    /// True when the character at <paramref name="i"/> normalises on its own: in the table, or an emoji surrogate pair
    /// (U+1F000–U+1FBFF), or U+FEFF.
    /// </summary>
    private static bool IsSafe(string text, int i, char c)
    {
        if (c < TableSize)
        {
            return FoldTable[c] != Unsafe;
        }

        if (c == '\uFEFF')
        {
            return true;
        }

        if (char.IsHighSurrogate(c))
        {
            return c is >= '\uD83C' and <= '\uD83E' && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]);
        }

        return char.IsLowSurrogate(c) && i > 0 && text[i - 1] is >= '\uD83C' and <= '\uD83E';
    }

    /// <summary>
    /// A character is in the table when it is NFC, decomposes into one starter followed by non-spacing marks (so
    /// nothing composes across it), is a letter exactly when its base is, folds to one character, and its lower
    /// case is in the table too. Latin ranges and general punctuation/symbols only: other scripts take the slow path.
    /// </summary>
    private static char[] BuildFoldTable()
    {
        var table = new char[TableSize];
        for (var i = 0; i < TableSize; i++)
        {
            var c = (char)i;
            table[i] = IsLocal(c) ? SingleFold(c) : Unsafe;
        }

        for (var i = 0; i < TableSize; i++)
        {
            var lower = char.ToLowerInvariant((char)i);
            if (table[i] != Unsafe && (lower >= TableSize || table[lower] == Unsafe))
            {
                table[i] = Unsafe;
            }
        }

        return table;
    }

    private static bool IsLocal(char c)
    {
        var inRange = c < 0x250 || c is >= '\u1E00' and <= '\u1EFF' || c is >= '\u2000' and < (char)TableSize;
        if (!inRange || char.IsSurrogate(c))
        {
            return false;
        }

        var s = c.ToString();
        if (!s.IsNormalized(NormalizationForm.FormC) || IsMark(c))
        {
            return false;
        }

        var decomposed = s.Normalize(NormalizationForm.FormD);
        if (IsMark(decomposed[0]) || char.IsLetter(decomposed[0]) != char.IsLetter(c))
        {
            return false;
        }

        for (var k = 1; k < decomposed.Length; k++)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(decomposed[k]) != UnicodeCategory.NonSpacingMark)
            {
                return false;
            }
        }

        return true;
    }

    private static char SingleFold(char c)
    {
        var f = VietnameseText.Fold(c.ToString());
        return f.Length == 1 && f[0] != Unsafe ? f[0] : Unsafe;
    }

    private static bool IsMark(char c) => CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    private static void Grow(ref char[] buffer, int length)
    {
        if (buffer.Length < length)
        {
            Array.Resize(ref buffer, Math.Max(length, buffer.Length * 2));
        }
    }
}
