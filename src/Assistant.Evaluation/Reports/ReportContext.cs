using Assistant.Evaluation.Gate;
using Assistant.Evaluation.Metrics;

namespace Assistant.Evaluation.Reports;

/// <summary>What a report says about its run besides the results: input, time, comparison and gate.</summary>
/// <param name="InputPath">The gold file.</param>
/// <param name="When">When the run started.</param>
/// <param name="Deltas">Deltas against an earlier metrics.json, or null.</param>
/// <param name="PreviousPath">That earlier metrics.json, or null.</param>
/// <param name="Gate">The gate's verdict, or null.</param>
/// <param name="BaselinePath">The baseline file, or null.</param>
public sealed record ReportContext(
    string InputPath,
    DateTimeOffset When,
    IReadOnlyList<MetricDelta>? Deltas = null,
    string? PreviousPath = null,
    GateResult? Gate = null,
    string? BaselinePath = null)
{
    /// <summary>The common trailing sections: bad lines, comparison, gate (those that apply).</summary>
    public IEnumerable<ReportSection> TrailingSections(IReadOnlyList<string> errors) =>
        new[] { CommonSections.Errors(errors), CommonSections.Comparison(Deltas, PreviousPath), CommonSections.Gate(Gate, BaselinePath) }.OfType<ReportSection>();

    /// <summary>"tệp X, chạy lúc Y (UTC)".</summary>
    public string Describe() => $"Tệp chuẩn: {InputPath}. Chạy lúc {When.UtcDateTime:yyyy-MM-dd HH:mm:ss} (UTC).";
}
