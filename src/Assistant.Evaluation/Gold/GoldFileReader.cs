using System.Text.Json;

namespace Assistant.Evaluation.Gold;

/// <summary>
/// Reads a JSONL gold file; a bad line (invalid JSON, or refused by the validation) becomes an error naming the file and
/// the line, and the other lines are kept.
/// </summary>
public static class GoldFileReader
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    /// <summary>Reads every non-empty line of <paramref name="path"/>; <paramref name="validate"/> returns a problem or null.</summary>
    public static GoldFile<T> Read<T>(string path, Func<T, string?> validate)
    {
        var items = new List<T>();
        var errors = new List<string>();
        var number = 0;
        foreach (var line in File.ReadLines(path))
        {
            number++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            string? problem;
            T? item = default;
            try
            {
                item = JsonSerializer.Deserialize<T>(line, JsonOptions);
                problem = item is null ? "empty line" : validate(item);
            }
            catch (JsonException exception)
            {
                problem = $"invalid JSON ({exception.Message.Split('.')[0]})";
            }

            if (problem is null)
            {
                items.Add(item!);
            }
            else
            {
                errors.Add($"{Path.GetFileName(path)} line {number}: {problem}");
            }
        }

        return new GoldFile<T>(items, errors);
    }
}
