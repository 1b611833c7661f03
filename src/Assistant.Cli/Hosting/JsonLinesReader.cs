using System.Text.Json;

namespace Assistant.Cli.Hosting;

/// <summary>
/// Reads a JSONL file one object per line; a malformed line becomes an error naming its line number and
/// the other lines are still read.
/// </summary>
public static class JsonLinesReader
{
    /// <summary>A parsed line or the reason it could not be parsed.</summary>
    /// <param name="LineNumber">1-based line number.</param>
    /// <param name="Value">The parsed value, or default when <paramref name="Error"/> is set.</param>
    /// <param name="Error">Vietnamese description of the problem, or null.</param>
    public sealed record Line<T>(int LineNumber, T? Value, string? Error);

    /// <summary>Reads every non-empty line of <paramref name="path"/> as a <typeparamref name="T"/>, checked by <paramref name="validate"/>.</summary>
    public static async IAsyncEnumerable<Line<T>> ReadAsync<T>(string path, Func<T, string?> validate)
    {
        var number = 0;
        await foreach (var text in File.ReadLinesAsync(path))
        {
            number++;
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            T? value;
            string? error;
            try
            {
                value = JsonSerializer.Deserialize<T>(text, CliJson.Options);
                error = value is null ? "dòng trống (null)" : validate(value);
            }
            catch (JsonException exception)
            {
                value = default;
                error = $"JSON không hợp lệ ({exception.Message.Split('.')[0]})";
            }

            yield return new Line<T>(number, error is null ? value : default, error);
        }
    }
}
