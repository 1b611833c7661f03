using Assistant.Core.JsonLines;

namespace Assistant.Evaluation.Gold;

/// <summary>
/// Reads a JSONL gold file; a bad line (invalid JSON, or refused by the validation) becomes an error naming the file and
/// the line, and the other lines are kept.
/// </summary>
public static class GoldFileReader
{
    /// <summary>Reads every non-empty line of <paramref name="path"/>; <paramref name="validate"/> returns a problem or null.</summary>
    public static GoldFile<T> Read<T>(string path, Func<T, string?> validate)
    {
        var items = new List<T>();
        var errors = new List<string>();
        foreach (var line in JsonLinesReader.ReadFile<T>(path))
        {
            var problem = line.HasItem ? validate(line.Item) : line.Error;
            if (problem is null)
            {
                items.Add(line.Item!);
            }
            else
            {
                errors.Add($"{Path.GetFileName(path)} line {line.Number}: {problem}");
            }
        }

        return new GoldFile<T>(items, errors);
    }
}
