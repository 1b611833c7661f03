using Assistant.Reporting.Figures;
using Assistant.Web.Insights;
using Assistant.Web.Review.Pages;

namespace Assistant.Web.Reporting;

/// <summary>The periodic report page: the period, the province and the achieved value of each plan target, then the Word download.</summary>
public static class PeriodicReportPage
{
    /// <summary>The page.</summary>
    public static string Render(ReviewPageContext page, PeriodQuery period, IReadOnlyList<PlanTarget> targets, IReadOnlyList<(string Slug, string Name)> provinces)
    {
        var zone = page.Clock.Zone;
        var province = page.Actor.SeesAll
            ? $"<label>Tỉnh/thành {Html.Select("province", provinces.Prepend(("", "Tất cả")), period.Province ?? "", "report-province")}</label>"
            : "";
        var rows = targets.Count == 0
            ? "<p>Kế hoạch không nêu chỉ tiêu định lượng.</p>"
            : "<table id=\"targets\"><thead><tr><th>Chỉ tiêu</th><th>Kết quả đạt được</th></tr></thead><tbody>" + string.Concat(targets.Select((t, i) =>
                $"""<tr><td>{Html.E(t.Text)} <span class="muted">(mục {Html.E(t.Section)})</span></td><td><input type="text" name="achieved" id="achieved-{i}" maxlength="200"></td></tr>""")) + "</tbody></table>";
        var body = $"""
            <h1>Báo cáo định kỳ</h1>
            <form method="get" action="/review/report/periodic" class="card">
              <label>Từ ngày <input type="date" name="from" value="{period.FromText(zone)}"></label>
              <label>Đến ngày <input type="date" name="to" value="{period.ToText(zone)}"></label>
              {province}
              <button type="submit">Chọn kỳ</button>
            </form>
            <form method="post" action="/review/report/periodic.docx" class="card" id="periodic-form">
              {Html.Csrf(page)}
              <input type="hidden" name="from" value="{period.FromText(zone)}">
              <input type="hidden" name="to" value="{period.ToText(zone)}">
              <input type="hidden" name="province" value="{Html.E(period.Province)}">
              <h2>Chỉ tiêu của kế hoạch</h2>
              {rows}
              <button type="submit" id="periodic-download">Tải báo cáo (.docx)</button>
            </form>
            """;
        return Html.Page("Báo cáo định kỳ", body, page);
    }
}
