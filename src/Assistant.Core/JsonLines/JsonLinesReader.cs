using System.Runtime.CompilerServices;
using System.Text.Json;

namespace Assistant.Core.JsonLines;

/// <summary>
/// Reads JSON Lines (one JSON object a line) into items, with the options every JSONL file of the repository
/// shares (camelCase, case-insensitive names). Blank lines are skipped; a malformed line gives a
/// <see cref="JsonLine{T}"/> naming its number and the problem, and reading goes on with the next line.
/// Validating the items is the caller's.
/// </summary>
public static class JsonLinesReader
{
    /// <summary>The serializer options of JSONL files (ASP.NET Core's web defaults).</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web);

    /// <summary>Reads the non-blank lines of <paramref name="reader"/>.</summary>
    public static IEnumerable<JsonLine<T>> Read<T>(TextReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var number = 0;
        while (reader.ReadLine() is { } text)
        {
            if (Parse<T>(text, ++number) is { } line)
            {
                yield return line;
            }
        }
    }

    /// <summary>Reads the non-blank lines of <paramref name="reader"/>.</summary>
    public static async IAsyncEnumerable<JsonLine<T>> ReadAsync<T>(TextReader reader, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reader);
        var number = 0;
        while (await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } text)
        {
            if (Parse<T>(text, ++number) is { } line)
            {
                yield return line;
            }
        }
    }

    /// <summary>Reads the non-blank lines of the UTF-8 file at <paramref name="path"/>.</summary>
    public static IEnumerable<JsonLine<T>> ReadFile<T>(string path)
    {
        using var reader = new StreamReader(path);
        foreach (var line in Read<T>(reader))
        {
            yield return line;
        }
    }

    /// <summary>Reads the non-blank lines of the UTF-8 file at <paramref name="path"/>.</summary>
    public static async IAsyncEnumerable<JsonLine<T>> ReadFileAsync<T>(string path, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        using var reader = new StreamReader(path);
        await foreach (var line in ReadAsync<T>(reader, cancellationToken).ConfigureAwait(false))
        {
            yield return line;
        }
    }

    private static JsonLine<T>? Parse<T>(string text, int number)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<T>(text, Options) is { } item
                ? new JsonLine<T>(number, item)
                : new JsonLine<T>(number, default, JsonLineProblem.Null);
        }
        catch (JsonException exception)
        {
            return new JsonLine<T>(number, default, JsonLineProblem.InvalidJson, Describe(exception));
        }
    }

    /// <summary>
    /// The exception's message without its "Path: … | LineNumber: …" tail (the line number counts within the line),
    /// then where in the line: the JSON path below the root, and the byte.
    /// </summary>
    private static string Describe(JsonException exception)
    {
        var message = exception.Message;
        foreach (var tail in (ReadOnlySpan<string>)[" Path: ", " LineNumber: "])
        {
            var at = message.IndexOf(tail, StringComparison.Ordinal);
            if (at >= 0)
            {
                message = message[..at];
            }
        }

        message = message.TrimEnd(' ', '.');
        if (exception.BytePositionInLine is not { } position)
        {
            return message;
        }

        return exception.Path is { Length: > 1 } path ? $"{message}; at {path}, byte {position}" : $"{message}; at byte {position}";
    }
}
