using System.Globalization;

namespace Assistant.Monitoring.Classification;

/// <summary>
/// Simple style signals of rumours, scaled to about [0, 1]: length, share of capitals ("NÓNG"), "!" and "?" counts,
/// links, hashtags, share of digits, zero-width characters (used to dodge filters), symbols and emoji, line breaks.
/// </summary>
internal static class MetaFeatures
{
    public const int Count = 10;

    public static void Compute(ReadOnlySpan<char> text, ReadOnlySpan<char> accented, int zeroWidthCount, Span<float> into)
    {
        int letters = 0, upper = 0, digits = 0, exclamations = 0, questions = 0, hashtags = 0, symbols = 0, lines = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsLetter(c))
            {
                letters++;
                if (char.IsUpper(c))
                {
                    upper++;
                }
            }
            else if (char.IsDigit(c))
            {
                digits++;
            }
            else if (c == '!')
            {
                exclamations++;
            }
            else if (c == '?')
            {
                questions++;
            }
            else if (c == '#' && i + 1 < text.Length && char.IsLetterOrDigit(text[i + 1]))
            {
                hashtags++;
            }
            else if (c == '\n')
            {
                lines++;
            }
            else if (char.IsSurrogate(c) || CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.OtherSymbol)
            {
                symbols++;
            }
        }

        var links = CountOf(accented, "http") + CountOf(accented, "www.") + CountOf(accented, "<url>");
        into[0] = MathF.Log(1 + text.Length) / 10f;
        into[1] = letters == 0 ? 0 : (float)upper / letters;
        into[2] = Scaled(exclamations);
        into[3] = Scaled(questions);
        into[4] = Scaled(links);
        into[5] = Scaled(hashtags);
        into[6] = text.Length == 0 ? 0 : 5f * digits / text.Length;
        into[7] = Scaled(zeroWidthCount);
        into[8] = Scaled(symbols);
        into[9] = Scaled(lines);
    }

    private static float Scaled(int count) => MathF.Log(1 + count) / 3f;

    private static int CountOf(ReadOnlySpan<char> text, string value)
    {
        var count = 0;
        for (var at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, StringComparison.Ordinal))
        {
            count++;
            text = text[(at + value.Length)..];
        }

        return count;
    }
}
