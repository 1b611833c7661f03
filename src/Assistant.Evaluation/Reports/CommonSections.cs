using System.Globalization;
using Assistant.Evaluation.Gate;
using Assistant.Evaluation.Metrics;

namespace Assistant.Evaluation.Reports;

/// <summary>Sections both reports share: bad gold lines, the comparison with an earlier run, the gate.</summary>
public static class CommonSections
{
    /// <summary>Formats a number for tables: 4 decimals at most, "—" when missing.</summary>
    public static string Number(double? value) => value is { } v ? Math.Round(v, 4).ToString("0.####", CultureInfo.InvariantCulture) : "—";

    /// <summary>A 1-based rank for tables, "—" when nothing relevant was found.</summary>
    public static string Rank(int? rank) => rank?.ToString(CultureInfo.InvariantCulture) ?? "—";

    /// <summary>The bad gold lines, or null when there are none.</summary>
    public static ReportSection? Errors(IReadOnlyList<string> errors) => errors.Count == 0 ? null : new ReportSection(
        "Dòng dữ liệu chuẩn bị lỗi (đã bỏ qua)",
        [new ReportParagraph($"{errors.Count} dòng không dùng được; các dòng còn lại vẫn được chấm."), new ReportTable(["Lỗi"], [.. errors.Select(e => (IReadOnlyList<string>)[e])])]);

    /// <summary>The deltas against an earlier metrics.json, or null.</summary>
    public static ReportSection? Comparison(IReadOnlyList<MetricDelta>? deltas, string? previousPath)
    {
        if (deltas is null)
        {
            return null;
        }

        var rows = deltas.Select(d => (IReadOnlyList<string>)
        [
            d.Name,
            Number(d.Previous),
            Number(d.Current),
            d.Change is { } change ? (change > 0 ? "+" : string.Empty) + Number(change) : "—",
            d.Verdict switch { 1 => "tốt hơn", -1 => "kém hơn", _ => string.Empty },
        ]).ToList();
        return new ReportSection(
            "So với lần chạy trước",
            [
                new ReportParagraph($"So với {previousPath}: {deltas.Count(d => d.Verdict > 0)} chỉ số tốt hơn, {deltas.Count(d => d.Verdict < 0)} chỉ số kém hơn."),
                new ReportTable(["Chỉ số", "Trước", "Nay", "Chênh lệch", "Đánh giá"], rows, [.. deltas.Select(d => d.Verdict < 0)]),
            ]);
    }

    /// <summary>The gate's verdict, or null when no gate ran.</summary>
    public static ReportSection? Gate(GateResult? result, string? baselinePath)
    {
        if (result is null)
        {
            return null;
        }

        var verdict = result.Passed
            ? $"ĐẠT: {result.Checked} ngưỡng trong {baselinePath} (mục {string.Join(", ", result.Sections)}) đều được giữ."
            : result.Checked == 0
                ? $"KHÔNG ĐẠT: {baselinePath} không có ngưỡng nào cho các chỉ số này."
                : $"KHÔNG ĐẠT: {result.Violations.Count} chỉ số vượt ngưỡng trong {baselinePath}.";
        List<ReportBlock> blocks = [new ReportParagraph(verdict)];
        if (result.Violations.Count > 0)
        {
            blocks.Add(new ReportTable(["Chỉ số", "Đo được", "Ngưỡng"], [.. result.Violations.Select(v => (IReadOnlyList<string>)[$"{v.Section}.{v.Metric}", Number(v.Actual), v.Bound.ToString()])]));
        }

        return new ReportSection("Cổng chất lượng (baseline)", blocks);
    }
}
