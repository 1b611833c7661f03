using System.Globalization;
using Assistant.Review.Reports;
using Assistant.Review.Workflow;

namespace Assistant.Web.Review.Pages;

/// <summary>The report page: items by state, verdict, province and week (bars drawn with <c>progress</c>), time to verdict.</summary>
public static class ReportPage
{
    /// <summary>The page.</summary>
    public static string Render(ReviewPageContext page, ReviewReport report, IReadOnlyList<(string Slug, string Name)> provinces)
    {
        var median = report.MedianHoursToVerdict is { } hours ? $"{hours.ToString("F1", CultureInfo.InvariantCulture)} giờ" : "chưa có mục nào được kết luận";
        var body = $"""
            <h1>Báo cáo</h1>
            <p class="card" id="summary">Tổng số mục: <strong>{report.Total}</strong> · Quá hạn: <strong>{report.Overdue}</strong> · Thời gian trung vị đến khi kết luận: <strong id="median">{median}</strong></p>
            {Table("Theo trạng thái", "by-state", report.ByState.Select(p => (ReviewStates.Label(p.Key), p.Value)), report.Total)}
            {Table("Theo kết luận", "by-verdict", report.ByVerdict.Select(p => (ReviewVerdicts.Label(p.Key), p.Value)), report.Total)}
            {Table("Theo tỉnh/thành", "by-province", report.ByProvince.Select(p => (ListPage.NameOf(p.Key == "(không rõ)" ? null : p.Key, provinces), p.Value)), report.Total)}
            {Table("Theo tuần", "by-week", report.ByWeek.Select(p => (p.Key, p.Value)), report.Total)}
            <p><a href="/review/export/training.jsonl">Xuất dữ liệu huấn luyện (JSONL)</a> · <a id="periodic-report" href="/review/report/periodic">Báo cáo định kỳ (Word)</a></p>
            """;
        return Html.Page("Báo cáo", body, page);
    }

    private static string Table(string title, string id, IEnumerable<(string Label, int Count)> rows, int total) =>
        $"<section class=\"card\"><h2>{Html.E(title)}</h2><table id=\"{id}\"><tbody>" +
        string.Concat(rows.Select(r => $"<tr><td>{Html.E(r.Label)}</td><td>{r.Count}</td><td><progress max=\"{Math.Max(total, 1)}\" value=\"{r.Count}\">{r.Count}</progress></td></tr>")) +
        "</tbody></table></section>";
}
