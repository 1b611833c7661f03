using System.Text.Json;

namespace Assistant.Evaluation.Metrics;

/// <summary>The content of metrics.json: one flat object of camelCase numbers, in the order they were added.</summary>
public sealed class MetricSet
{
    private readonly OrderedDictionary<string, double> values = new(StringComparer.Ordinal);

    /// <summary>The metrics, in order.</summary>
    public IEnumerable<KeyValuePair<string, double>> Values => values;

    /// <summary>Number of metrics.</summary>
    public int Count => values.Count;

    /// <summary>The value of a metric, or null when absent.</summary>
    public double? this[string name] => values.TryGetValue(name, out var value) ? value : null;

    /// <summary>Sets a metric (a second value for the same name replaces the first).</summary>
    public MetricSet Set(string name, double value)
    {
        values[name] = Math.Round(value, 4);
        return this;
    }

    /// <summary>Adds every metric of <paramref name="other"/>, its name prefixed (("citizen-dev", "hitAt5") → "citizenDevHitAt5").</summary>
    public MetricSet Add(MetricSet other, string prefix)
    {
        foreach (var (name, value) in other.values)
        {
            Set(MetricName.Compose(prefix, name), value);
        }

        return this;
    }

    /// <summary>The set as an indented JSON object.</summary>
    public string ToJson()
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            foreach (var (name, value) in values)
            {
                writer.WriteNumber(name, value);
            }

            writer.WriteEndObject();
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }

    /// <summary>Reads a metrics.json file; only its numeric top-level properties are kept.</summary>
    /// <exception cref="InvalidDataException">The file is not a JSON object.</exception>
    public static MetricSet Read(string path)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(File.ReadAllText(path));
        }
        catch (JsonException exception)
        {
            throw new InvalidDataException($"{path} is not valid JSON ({exception.Message.Split('.')[0]}).", exception);
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new InvalidDataException($"{path} must hold one JSON object of numbers.");
            }

            var set = new MetricSet();
            foreach (var property in document.RootElement.EnumerateObject().Where(p => p.Value.ValueKind == JsonValueKind.Number))
            {
                set.Set(property.Name, property.Value.GetDouble());
            }

            return set;
        }
    }
}
