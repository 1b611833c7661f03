using System.Text;
using Assistant.Core.Text;

namespace Assistant.Monitoring.Classification;

/// <summary>
/// The views of a post the featuriser reads: the normalised text (NFC, one tone placement, case kept) for meta
/// features, and lower-cased accented and folded views with zero-width characters removed and whitespace collapsed,
/// padded with one space at each end so character n-grams see word boundaries.
/// </summary>
internal readonly record struct TextViews(string Normalized, string Accented, string Folded, int ZeroWidthCount)
{
    public static TextViews Create(string text)
    {
        var normalized = VietnameseText.Normalize(text);
        var builder = new StringBuilder(normalized.Length + 2);
        builder.Append(' ');
        var zeroWidth = 0;
        var lastWasSpace = true;
        foreach (var c in normalized)
        {
            if (c is '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD')
            {
                zeroWidth++;
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                if (!lastWasSpace)
                {
                    builder.Append(' ');
                    lastWasSpace = true;
                }

                continue;
            }

            builder.Append(char.ToLowerInvariant(c));
            lastWasSpace = false;
        }

        if (!lastWasSpace)
        {
            builder.Append(' ');
        }

        var accented = builder.ToString();
        return new TextViews(normalized, accented, VietnameseText.Fold(accented), zeroWidth);
    }
}
