using System.Text;

namespace Assistant.Retrieval.Parsing;

/// <summary>Character-level facts about one line or paragraph of an administrative text.</summary>
internal static class LineShape
{
    /// <summary>Cleans a source line: drops Markdown emphasis (<c>**</c>, <c>*</c>), collapses whitespace, trims.</summary>
    public static string Clean(string line)
    {
        var builder = new StringBuilder(line.Length);
        var pendingSpace = false;
        foreach (var c in line)
        {
            if (c == '*')
            {
                continue;
            }

            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    /// <summary>True when the text ends a sentence or a list item: ". ; : ! ?" possibly followed by closing quotes or brackets.</summary>
    public static bool EndsSentence(string text)
    {
        var trimmed = text.TrimEnd('”', '"', '’', ')', ']', ' ');
        return trimmed.Length > 0 && trimmed[^1] is '.' or ';' or ':' or '!' or '?' or '…';
    }

    /// <summary>True when the text ends with "./." — the formula that closes the body of a Vietnamese administrative text.</summary>
    public static bool EndsDocumentBody(string text) => text.TrimEnd().EndsWith("./.", StringComparison.Ordinal);

    /// <summary>True when the first letter of the text is lower case (a wrapped continuation line).</summary>
    public static bool StartsLowercase(string text) => text.Length > 0 && char.IsLower(text[0]);

    /// <summary>True when the text ends with a hyphen glued to a word or number ("71-"), so the next line continues the token.</summary>
    public static bool EndsWithGluedHyphen(string text) => text.Length >= 2 && text[^1] == '-' && char.IsLetterOrDigit(text[^2]);

    /// <summary>True when the text starts with a letter or digit.</summary>
    public static bool StartsWithLetterOrDigit(string text) => text.Length > 0 && char.IsLetterOrDigit(text[0]);

    /// <summary>True when the text has letters and none of them is lower case ("KẾ HOẠCH", "PHÓ CHỦ TỊCH").</summary>
    public static bool IsCapitals(string text)
    {
        var letters = 0;
        foreach (var c in text)
        {
            if (char.IsLower(c))
            {
                return false;
            }

            if (char.IsLetter(c))
            {
                letters++;
            }
        }

        return letters >= 2;
    }

    /// <summary>Number of space-separated words (Vietnamese syllables).</summary>
    public static int WordCount(string text) => text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
}
