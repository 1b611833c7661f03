namespace Assistant.Evaluation.Metrics;

/// <summary>One metric in this run and in an earlier one.</summary>
/// <param name="Name">Metric name.</param>
/// <param name="Previous">Earlier value, or null when the earlier run lacks it.</param>
/// <param name="Current">This run's value, or null when this run lacks it.</param>
public sealed record MetricDelta(string Name, double? Previous, double? Current)
{
    /// <summary>Current − previous, or null when either is missing.</summary>
    public double? Change => Previous is { } p && Current is { } c ? Math.Round(c - p, 4) : null;

    /// <summary>+1 better, −1 worse, 0 unchanged or unknown (see <see cref="MetricDirection"/>).</summary>
    public int Verdict => Change switch
    {
        null or 0 => 0,
        { } change => (change > 0) != MetricDirection.LowerIsBetter(Name) ? 1 : -1,
    };

    /// <summary>Compares every metric of either set: this run's order first, then those only the earlier one has.</summary>
    public static IReadOnlyList<MetricDelta> Compare(MetricSet current, MetricSet previous) =>
    [
        .. current.Values.Select(v => new MetricDelta(v.Key, previous[v.Key], v.Value)),
        .. previous.Values.Where(v => current[v.Key] is null).Select(v => new MetricDelta(v.Key, v.Value, null)),
    ];
}
