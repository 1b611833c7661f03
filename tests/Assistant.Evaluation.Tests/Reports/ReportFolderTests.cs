using Assistant.Evaluation.Metrics;
using Assistant.Evaluation.Reports;

namespace Assistant.Evaluation.Tests.Reports;

public sealed class ReportFolderTests : IDisposable
{
    private readonly TempFolder folder = new();

    [Fact]
    public async Task WriteAsync_ReportWithChartAndTable_WritesSelfContainedHtmlMarkdownAndMetrics()
    {
        var chart = ChartRenderer.GroupedBars("hit@5 theo nhóm", "hit@5", ["có dấu", "không dấu"], [new ChartSeries("Hệ thống", [0.9, 0.8]), new ChartSeries("FTS5", [0.7, 0.6])]);
        var report = new Report("Báo cáo thử", [
            new ReportSection("Chi tiết từng câu (lỗi trước)", [
                new ReportParagraph("Câu <script>alert(1)</script> | có ký tự lạ"),
                new ReportTable(["Mã", "Kết quả"], [["q1", "LỖI"], ["q2", "Đạt"]], [true, false]),
                new ReportChart("hit5.png", "hit@5 theo nhóm", chart),
            ]),
        ]);

        await ReportFolder.WriteAsync(folder.Path, report, new MetricSet().Set("hitAt5", 0.9), TestContext.Current.CancellationToken);

        var html = await File.ReadAllTextAsync(Path.Combine(folder.Path, "report.html"), TestContext.Current.CancellationToken);
        var markdown = await File.ReadAllTextAsync(Path.Combine(folder.Path, "report.md"), TestContext.Current.CancellationToken);
        Assert.Contains("<h2>Chi tiết từng câu (lỗi trước)</h2>", html, StringComparison.Ordinal);
        Assert.Contains("src=\"data:image/png;base64,iVBOR", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", html, StringComparison.Ordinal);
        Assert.Contains("<tr class=\"flag\"><td>q1</td>", html, StringComparison.Ordinal);
        Assert.Contains("![hit@5 theo nhóm](charts/hit5.png)", markdown, StringComparison.Ordinal);
        Assert.Contains("| **q1** | LỖI |", markdown, StringComparison.Ordinal);
        Assert.Equal(chart, await File.ReadAllBytesAsync(Path.Combine(folder.Path, "charts", "hit5.png"), TestContext.Current.CancellationToken));
        Assert.Equal(0.9, MetricSet.Read(Path.Combine(folder.Path, "metrics.json"))["hitAt5"]);
    }

    [Fact]
    public void Curves_RocPoints_ArePng()
    {
        var png = ChartRenderer.Curves("ROC", "FPR", "TPR", [new ChartSeries("classifierScore", [0, 0.5, 1], [0, 0.2, 1])], diagonal: true);

        Assert.Equal([0x89, 0x50, 0x4E, 0x47], png[..4]);
    }

    [Fact]
    public void Default_Folder_IsATimestampUnderTheReportsDirectory()
    {
        var time = new FixedTime(new DateTimeOffset(2026, 1, 20, 8, 5, 3, TimeSpan.Zero));

        Assert.Equal(Path.Combine("eval", "reports", "20260120-080503"), ReportFolder.Default(Path.Combine("eval", "reports"), time));
    }

    public void Dispose() => folder.Dispose();

    private sealed class FixedTime(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
