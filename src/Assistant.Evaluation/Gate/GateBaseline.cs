using System.Text.Json;
using Assistant.Evaluation.Metrics;

namespace Assistant.Evaluation.Gate;

/// <summary>
/// The regression gate of eval/baseline.json: sections (<c>qa</c>, <c>posts</c>…) of metric bounds, e.g.
/// <c>{"qa": {"hitAt5": {"min": 0.88, "note": "…"}, "falseRefusalRate": {"max": 0.05}}}</c>. Keys starting with "_" are
/// comments. A metrics file is checked against the one section named, or else against every section one of whose metrics it
/// has (so two sections should not bound the same metric name).
/// </summary>
public sealed class GateBaseline(IReadOnlyDictionary<string, IReadOnlyDictionary<string, GateBound>> sections)
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    /// <summary>Bounds by section, then by metric.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, GateBound>> Sections { get; } = sections;

    /// <summary>Reads and checks a baseline file.</summary>
    /// <exception cref="InvalidDataException">Invalid JSON, or a bound with neither min nor max, or min above max; the message names it.</exception>
    public static GateBaseline Read(string path)
    {
        Dictionary<string, JsonElement>? raw;
        try
        {
            raw = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(File.ReadAllText(path), JsonOptions);
        }
        catch (JsonException exception)
        {
            throw new InvalidDataException($"{path} is not valid JSON ({exception.Message.Split('.')[0]}).", exception);
        }

        var sections = new Dictionary<string, IReadOnlyDictionary<string, GateBound>>(StringComparer.Ordinal);
        foreach (var (name, section) in (raw ?? []).Where(s => !s.Key.StartsWith('_')))
        {
            var bounds = section.ValueKind == JsonValueKind.Object
                ? section.Deserialize<Dictionary<string, JsonElement>>(JsonOptions)!
                : throw new InvalidDataException($"{path}: section \"{name}\" must be an object of metric bounds.");
            sections[name] = bounds.Where(b => !b.Key.StartsWith('_')).ToDictionary(b => b.Key, b => ReadBound(path, name, b.Key, b.Value), StringComparer.Ordinal);
        }

        return new GateBaseline(sections);
    }

    /// <summary>Checks the metrics against <paramref name="section"/>, or against every section with at least one of its metrics present.</summary>
    public GateResult Check(MetricSet metrics, string? section = null)
    {
        var chosen = section is not null
            ? (Sections.ContainsKey(section) ? [section] : throw new ArgumentException($"The baseline has no section \"{section}\" (it has {string.Join(", ", Sections.Keys)}).", nameof(section)))
            : Sections.Where(s => s.Value.Keys.Any(m => metrics[m] is not null)).Select(s => s.Key).ToList();
        var violations = new List<GateViolation>();
        var count = 0;
        foreach (var name in chosen)
        {
            foreach (var (metric, bound) in Sections[name])
            {
                count++;
                if (metrics[metric] is not { } value || !bound.Allows(value))
                {
                    violations.Add(new GateViolation(name, metric, metrics[metric], bound));
                }
            }
        }

        return new GateResult(chosen, count, violations);
    }

    private static GateBound ReadBound(string path, string section, string metric, JsonElement element)
    {
        var bound = element.ValueKind == JsonValueKind.Object ? element.Deserialize<GateBound>(JsonOptions) : null;
        if (bound is null || (bound.Min is null && bound.Max is null))
        {
            throw new InvalidDataException($"{path}: {section}.{metric} needs {{\"min\": …}} and/or {{\"max\": …}}.");
        }

        if (bound.Min > bound.Max)
        {
            throw new InvalidDataException($"{path}: {section}.{metric} has min {bound.Min} above max {bound.Max}.");
        }

        return bound;
    }
}
