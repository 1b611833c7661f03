using Assistant.Core.Configuration;
using Assistant.Evaluation;
using Assistant.Evaluation.Gate;
using Assistant.Evaluation.Metrics;
using Assistant.Evaluation.Reports;

namespace Assistant.Cli.Commands;

/// <summary>
/// What every eval run does at the end: compare with an earlier metrics.json, check the gate, write metrics.json,
/// report.md and report.html, and say where they are. Exit code 1 when the gate fails or gold lines were bad.
/// </summary>
/// <param name="OutputDirectory">--out, or null for a timestamped folder under the reports directory.</param>
/// <param name="ComparePath">--compare, or null.</param>
/// <param name="BaselinePath">--gate, or null.</param>
/// <param name="GateSection">The baseline section this run is checked against.</param>
public sealed record EvalRunOutput(string? OutputDirectory, string? ComparePath, string? BaselinePath, string GateSection)
{
    /// <summary>A one-line error when a given file is missing, else null (checked before the run starts).</summary>
    public string? MissingFile() =>
        ComparePath is not null && !File.Exists(ComparePath) ? $"Lỗi: không tìm thấy tệp so sánh '{ComparePath}'."
        : BaselinePath is not null && !File.Exists(BaselinePath) ? $"Lỗi: không tìm thấy tệp ngưỡng '{BaselinePath}'."
        : null;

    /// <summary>Writes the run's files and prints the outcome; returns the exit code.</summary>
    public async Task<int> FinishAsync(
        MetricSet metrics,
        Func<ReportContext, Report> buildReport,
        ReportContext context,
        IReadOnlyList<string> errors,
        EvaluationOptions options,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        var deltas = ComparePath is null ? null : MetricDelta.Compare(metrics, MetricSet.Read(ComparePath));
        var gate = BaselinePath is null ? null : GateBaseline.Read(BaselinePath).Check(metrics, GateSection);
        var folder = OutputDirectory ?? ReportFolder.Default(RepositoryPaths.Resolve(options.ReportsDirectory), time);
        var report = buildReport(context with { Deltas = deltas, PreviousPath = ComparePath, Gate = gate, BaselinePath = BaselinePath });
        await ReportFolder.WriteAsync(folder, report, metrics, cancellationToken);

        foreach (var error in errors)
        {
            Console.Error.WriteLine(error);
        }

        if (deltas is not null)
        {
            var changed = deltas.Where(d => d.Verdict != 0 && !d.Name.EndsWith("Ms", StringComparison.Ordinal)).ToList();
            Console.WriteLine($"So với {ComparePath}: {changed.Count(d => d.Verdict > 0)} chỉ số tốt hơn, {changed.Count(d => d.Verdict < 0)} kém hơn (không kể độ trễ).");
            foreach (var delta in changed.Where(d => d.Verdict < 0).Take(10))
            {
                Console.WriteLine($"  kém hơn: {delta.Name} {CommonSections.Number(delta.Previous)} → {CommonSections.Number(delta.Current)}");
            }
        }

        Console.WriteLine($"Báo cáo: {Path.Combine(folder, "report.html")} (và report.md, metrics.json)");
        if (gate is not null)
        {
            EvalGateCommand.Print(gate, BaselinePath!);
        }

        return gate is { Passed: false } || errors.Count > 0 ? 1 : 0;
    }
}
