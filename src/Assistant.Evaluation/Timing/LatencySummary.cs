namespace Assistant.Evaluation.Timing;

/// <summary>Latency per question in milliseconds: median, 95th percentile (nearest rank) and maximum.</summary>
/// <param name="P50Ms">Median.</param>
/// <param name="P95Ms">95th percentile.</param>
/// <param name="MaxMs">Slowest.</param>
public sealed record LatencySummary(double P50Ms, double P95Ms, double MaxMs)
{
    /// <summary>Summarises the latencies (all zero when there are none).</summary>
    public static LatencySummary From(IEnumerable<double> latencies)
    {
        var sorted = latencies.Order().ToList();
        return new LatencySummary(Percentile(sorted, 0.5), Percentile(sorted, 0.95), sorted.Count == 0 ? 0 : Math.Round(sorted[^1], 3));
    }

    /// <summary>Nearest-rank percentile of an ascending list.</summary>
    public static double Percentile(IReadOnlyList<double> sorted, double p) =>
        sorted.Count == 0 ? 0 : Math.Round(sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)], 3);
}
