using System.Text;
using Assistant.Core.Text;
using System.Text.RegularExpressions;

namespace Assistant.Answering.Understanding;

/// <summary>A piece of a message: a word (letters and digits) or the characters between two words.</summary>
/// <param name="Text">The text of the piece.</param>
/// <param name="IsWord">True for a word.</param>
internal readonly record struct TextPiece(string Text, bool IsWord)
{
    private static readonly Regex Pieces = new(@"[\p{L}\p{M}\p{N}]+|[^\p{L}\p{M}\p{N}]+", RegexOptions.Compiled);

    /// <summary>True for a separator that ends a sentence: "?", "!", a new line, or "." / ";" followed by a space.</summary>
    public bool EndsSentence => !IsWord && (Text.Contains('?') || Text.Contains('!') || Text.Contains('\n') || Regex.IsMatch(Text, @"[.;…]\s"));

    /// <summary>True for a separator that ends a question ("?").</summary>
    public bool EndsQuestion => !IsWord && Text.Contains('?');

    /// <summary>The pieces of <paramref name="text"/>, in order.</summary>
    public static List<TextPiece> Split(string text) =>
        [.. Pieces.Matches(text).Select(m => new TextPiece(m.Value, char.IsLetterOrDigit(m.Value[0]) || char.GetUnicodeCategory(m.Value[0]) is System.Globalization.UnicodeCategory.NonSpacingMark))];

    /// <summary>True when no word of <paramref name="pieces"/> carries a diacritic (typed on a plain keyboard).</summary>
    public static bool AreUnaccented(IEnumerable<TextPiece> pieces) => pieces.All(p => !p.IsWord || VietnameseText.IsUnaccented(p.Text));

    /// <summary>The pieces joined back, with runs of spaces made single and the ends trimmed.</summary>
    public static string Join(IEnumerable<TextPiece> pieces)
    {
        var builder = new StringBuilder();
        foreach (var piece in pieces)
        {
            builder.Append(piece.Text);
        }

        return Regex.Replace(builder.ToString(), @"[ \t]{2,}", " ").Replace(" ,", ",", StringComparison.Ordinal).Replace(" ?", "?", StringComparison.Ordinal).Trim(' ', ',', '-', '\t');
    }
}
