using System.Globalization;
using Assistant.Core.Documents;

namespace Assistant.Retrieval.Corpus;

/// <summary>
/// The metadata header of a .md/.txt corpus file: <c>key: value</c> lines between two <c>---</c> lines, then the
/// original text byte for byte. Keys: id and title (required), shortTitle, issuer, province, kind, signer, date (yyyy-MM-dd),
/// dateNote, source. Unknown or repeated keys are errors, so a typo never passes silently.
/// </summary>
public static class MetadataHeader
{
    private const string Fence = "---";

    private static readonly string[] Keys = ["id", "title", "shortTitle", "issuer", "province", "kind", "signer", "date", "dateNote", "source"];

    /// <summary>Splits a file's text into its metadata and its body; throws <see cref="CorpusFormatException"/> naming the file.</summary>
    public static (DocumentInfo Info, string Body) Read(string filePath, string content)
    {
        var position = 0;
        var first = NextLine(content, ref position);
        if (first?.TrimEnd() != Fence)
        {
            throw Error(filePath, "the file does not start with a metadata header (a first line \"---\", then \"key: value\" lines, then \"---\")");
        }

        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var lineNumber = 2; ; lineNumber++)
        {
            var line = NextLine(content, ref position)
                ?? throw Error(filePath, "the metadata header is not closed by a \"---\" line");
            if (line.TrimEnd() == Fence)
            {
                break;
            }

            if (line.Trim().Length > 0)
            {
                AddValue(filePath, values, line, lineNumber);
            }
        }

        return (ToInfo(filePath, values), content[position..]);
    }

    private static void AddValue(string filePath, Dictionary<string, string> values, string line, int lineNumber)
    {
        var colon = line.IndexOf(':');
        if (colon <= 0)
        {
            throw Error(filePath, $"header line {lineNumber} is not \"key: value\": \"{line.Trim()}\"");
        }

        var given = line[..colon].Trim();
        var key = Keys.FirstOrDefault(k => string.Equals(k, given, StringComparison.OrdinalIgnoreCase))
            ?? throw Error(filePath, $"header line {lineNumber} has an unknown key \"{given}\" (known keys: {string.Join(", ", Keys)})");
        if (values.ContainsKey(key))
        {
            throw Error(filePath, $"header line {lineNumber} repeats the key \"{key}\"");
        }

        var value = line[(colon + 1)..].Trim();
        if (value.Length >= 2 && value[0] == '"' && value[^1] == '"')
        {
            value = value[1..^1];
        }

        if (value.Length > 0)
        {
            values[key] = value;
        }
    }

    private static DocumentInfo ToInfo(string filePath, Dictionary<string, string> values)
    {
        var id = Required(filePath, values, "id");
        var title = Required(filePath, values, "title");
        RequireSlug(filePath, "id", id);
        var province = values.GetValueOrDefault("province");
        var kind = values.GetValueOrDefault("kind");
        if (province is not null)
        {
            RequireSlug(filePath, "province", province);
        }

        if (kind is not null)
        {
            RequireSlug(filePath, "kind", kind);
        }

        var date = values.GetValueOrDefault("date");
        if (date is not null && !DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            throw Error(filePath, $"the date \"{date}\" is not a yyyy-MM-dd date (leave it out and explain in dateNote when the text gives none)");
        }

        return new DocumentInfo(
            id,
            title,
            values.GetValueOrDefault("issuer"),
            province,
            kind,
            values.GetValueOrDefault("signer"),
            date,
            values.GetValueOrDefault("dateNote"),
            values.GetValueOrDefault("source") ?? Path.GetFileName(filePath))
        {
            ShortTitle = values.GetValueOrDefault("shortTitle"),
        };
    }

    private static string Required(string filePath, Dictionary<string, string> values, string key) =>
        values.GetValueOrDefault(key) ?? throw Error(filePath, $"the metadata header has no \"{key}\"");

    private static void RequireSlug(string filePath, string key, string value)
    {
        if (!DocumentSlug.IsValid(value))
        {
            throw Error(filePath, $"the {key} \"{value}\" must be lower-case ASCII words joined by hyphens, e.g. \"can-tho-ke-hoach\"");
        }
    }

    /// <summary>The line starting at <paramref name="position"/> without its line break; moves past the break.</summary>
    private static string? NextLine(string content, ref int position)
    {
        if (position >= content.Length)
        {
            return null;
        }

        var end = content.IndexOf('\n', position);
        var line = end < 0 ? content[position..] : content[position..end];
        position = end < 0 ? content.Length : end + 1;
        return line.TrimEnd('\r');
    }

    private static CorpusFormatException Error(string filePath, string problem) => new(filePath, problem);
}
