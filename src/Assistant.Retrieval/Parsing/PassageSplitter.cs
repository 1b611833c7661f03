using System.Text.RegularExpressions;

namespace Assistant.Retrieval.Parsing;

/// <summary>
/// Splits a very long paragraph into pieces of at most <see cref="MaxLength"/> characters on sentence boundaries
/// (then on "; " when one sentence is still too long), so a passage stays a unit an answer can quote.
/// Pieces are contiguous slices of the text: nothing is added or dropped.
/// </summary>
internal static partial class PassageSplitter
{
    /// <summary>Longest passage kept whole.</summary>
    public const int MaxLength = 800;

    /// <summary>The text itself when short enough, else its pieces in order.</summary>
    public static IReadOnlyList<string> Split(string text)
    {
        if (text.Length <= MaxLength)
        {
            return [text];
        }

        var pieces = new List<string>();
        foreach (var sentence in Pack(SentenceEnd().Split(text)))
        {
            pieces.AddRange(sentence.Length <= MaxLength ? [sentence] : Pack(ClauseEnd().Split(sentence)));
        }

        return pieces;
    }

    private static List<string> Pack(string[] units)
    {
        var packed = new List<string>();
        var current = string.Empty;
        foreach (var unit in units)
        {
            if (current.Length > 0 && current.Length + 1 + unit.Length > MaxLength)
            {
                packed.Add(current);
                current = unit;
            }
            else
            {
                current = current.Length == 0 ? unit : current + " " + unit;
            }
        }

        if (current.Length > 0)
        {
            packed.Add(current);
        }

        return packed;
    }

    [GeneratedRegex(@"(?<=[.!?…])\s+(?=[\p{Lu}\d“""(])", RegexOptions.CultureInvariant)]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"(?<=;)\s+", RegexOptions.CultureInvariant)]
    private static partial Regex ClauseEnd();
}
