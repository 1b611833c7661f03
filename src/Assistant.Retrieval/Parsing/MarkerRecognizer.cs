using System.Globalization;
using System.Text.RegularExpressions;

namespace Assistant.Retrieval.Parsing;

/// <summary>
/// Recognises the item markers of Vietnamese administrative texts (Decree 30/2020 layout): "Điều 1.", Roman "I.",
/// numbers "1." / "1-" / "1)", letters "a)" … "đ)" … "y)" and bullets "-" / "+".
/// </summary>
internal static partial class MarkerRecognizer
{
    /// <summary>The marker at the start of the text, or null when the text is a plain paragraph.</summary>
    public static StructureMarker? Recognize(string text)
    {
        if (ArticlePattern().Match(text) is { Success: true } article)
        {
            return new StructureMarker(MarkerKind.Article, "Điều " + article.Groups[1].Value, article.Groups[2].Value);
        }

        if (RomanPattern().Match(text) is { Success: true } roman && roman.Groups[1].Length > 0)
        {
            return new StructureMarker(MarkerKind.Roman, roman.Groups[1].Value, roman.Groups[2].Value);
        }

        if (NumberPattern().Match(text) is { Success: true } number)
        {
            var label = int.Parse(number.Groups[1].Value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture);
            return new StructureMarker(MarkerKind.Number, label, number.Groups[2].Value);
        }

        if (LetterPattern().Match(text) is { Success: true } letter)
        {
            return new StructureMarker(MarkerKind.Letter, letter.Groups[1].Value, letter.Groups[2].Value);
        }

        if (BulletPattern().Match(text) is { Success: true } bullet)
        {
            var kind = bullet.Groups[1].Value == "+" ? MarkerKind.SubBullet : MarkerKind.Bullet;
            return new StructureMarker(kind, string.Empty, bullet.Groups[2].Value);
        }

        return null;
    }

    /// <summary>True for a bullet whose text starts in lower case: in hard-wrapped text that is a dash that wrapped ("kinh tế / - xã hội").</summary>
    public static bool IsLowercaseBullet(string text) =>
        BulletPattern().Match(text) is { Success: true } bullet && LineShape.StartsLowercase(bullet.Groups[2].Value);

    [GeneratedRegex(@"^(?i:điều)\s+(\d{1,3})\s*[.:]\s*(\S.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex ArticlePattern();

    [GeneratedRegex(@"^(X{0,3}(?:IX|IV|V?I{0,3}))\.\s+(\S.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex RomanPattern();

    [GeneratedRegex(@"^(\d{1,2})(?:\.|-|\))\s+(\S.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex NumberPattern();

    [GeneratedRegex(@"^([abcdđeghiklmnopqrstuvxy])\)\s+(\S.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex LetterPattern();

    [GeneratedRegex(@"^([-–—•+])\s+(\S.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex BulletPattern();
}
