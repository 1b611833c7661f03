using Assistant.Review.Items;
using Assistant.Review.Reports;
using Assistant.Review.Tests.Support;
using Assistant.Review.Workflow;

namespace Assistant.Review.Tests.Reports;

public sealed class ReportsTests
{
    [Fact]
    public async Task Csv_FormulaLikeText_IsNeutralisedAndQuoted()
    {
        var item = TestItems.Create(1, ReviewVerdicts.False, "=HYPERLINK(\"http://x\";\"bấm\")");
        using var writer = new StringWriter();

        await CsvExport.WriteAsync([new RankedItem(item, 0.5, false, TimeSpan.Zero)], writer, TestContext.Current.CancellationToken);

        var lines = writer.ToString().Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("id,trang_thai,ket_luan", lines[0], StringComparison.Ordinal);
        Assert.EndsWith("\"'=HYPERLINK(\"\"http://x\"\";\"\"bấm\"\")\"", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Report_Items_CountsByStateProvinceWeekAndMedianTimeToVerdict()
    {
        RankedItem[] items =
        [
            new(TestItems.Create(1, ReviewVerdicts.False, "a") with { Province = "can-tho" }, 1, false, TimeSpan.Zero),
            new(TestItems.Create(3, ReviewVerdicts.Accurate, "b") with { Province = "can-tho" }, 1, false, TimeSpan.Zero),
            new(TestItems.Create(4, null, "c") with { CreatedAt = ReviewTestHost.Start.AddDays(7) }, 1, true, TimeSpan.FromDays(2)),
        ];

        var report = ReviewReport.Build(items);

        Assert.Equal(3, report.Total);
        Assert.Equal(2, report.ByState.Single(p => p.Key == ReviewStates.Judged).Value);
        Assert.Equal(new KeyValuePair<string, int>("can-tho", 2), report.ByProvince[0]);
        Assert.Equal(["2026-W06", "2026-W07"], report.ByWeek.Select(p => p.Key));
        Assert.Equal(2.0, report.MedianHoursToVerdict);
        Assert.Equal(1, report.Overdue);
    }
}
