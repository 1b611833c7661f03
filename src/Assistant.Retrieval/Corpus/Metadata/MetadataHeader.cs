using Assistant.Core.Documents;

namespace Assistant.Retrieval.Corpus.Metadata;

/// <summary>
/// The metadata header of a .md/.txt corpus file: <c>key: value</c> lines between two <c>---</c> lines, then the
/// original text byte for byte. Keys: id and title (required), shortTitle, issuer, province, kind, signer, number, date
/// (yyyy-MM-dd), dateNote, source. Unknown or repeated keys are errors, so a typo never passes silently.
/// </summary>
public static class MetadataHeader
{
    private const string Fence = "---";

    private static readonly string[] Keys = ["id", "title", "shortTitle", "issuer", "province", "kind", "signer", "number", "date", "dateNote", "source"];

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
        Required(filePath, values, "id");
        Required(filePath, values, "title");
        return new DocumentMetadata
        {
            Id = values.GetValueOrDefault("id"),
            Title = values.GetValueOrDefault("title"),
            ShortTitle = values.GetValueOrDefault("shortTitle"),
            Issuer = values.GetValueOrDefault("issuer"),
            Province = values.GetValueOrDefault("province"),
            Kind = values.GetValueOrDefault("kind"),
            Signer = values.GetValueOrDefault("signer"),
            Number = values.GetValueOrDefault("number"),
            Date = values.GetValueOrDefault("date"),
            DateNote = values.GetValueOrDefault("dateNote"),
            Source = values.GetValueOrDefault("source"),
        }.ToInfo(filePath);
    }

    private static void Required(string filePath, Dictionary<string, string> values, string key)
    {
        if (!values.ContainsKey(key))
        {
            throw Error(filePath, $"the metadata header has no \"{key}\"");
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
