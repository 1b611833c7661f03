using System.Text;
using Assistant.Core.Text;

namespace Assistant.Retrieval.Corpus;

/// <summary>Document ids: lower-case ASCII words joined by hyphens ("can-tho-ke-hoach").</summary>
public static class DocumentSlug
{
    /// <summary>True when <paramref name="value"/> is a valid id or province slug.</summary>
    public static bool IsValid(string value) =>
        value.Length > 0 && value[0] != '-' && value[^1] != '-' && !value.Contains("--", StringComparison.Ordinal)
        && value.All(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' or '-');

    /// <summary>The id for a file without a header: its name without extension, diacritics folded, "Kế hoạch Đà Nẵng.docx" → "ke-hoach-da-nang".</summary>
    public static string FromFileName(string path)
    {
        var folded = VietnameseText.Fold(Path.GetFileNameWithoutExtension(path)).ToLowerInvariant();
        var builder = new StringBuilder(folded.Length);
        foreach (var c in folded)
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }

        return builder.ToString().TrimEnd('-');
    }
}
