using Assistant.Review.Insights;
using Assistant.Web.Review.Pages;

namespace Assistant.Web.Insights;

/// <summary>The information-gaps page: the period's topics, most unmet need first, each with a link to answer it officially.</summary>
public static class InsightsPage
{
    /// <summary>The page.</summary>
    public static string Render(ReviewPageContext page, InsightsReport report, PeriodQuery period, IReadOnlyList<(string Slug, string Name)> provinces)
    {
        var zone = page.Clock.Zone;
        var provinceFilter = page.Actor.SeesAll
            ? $"<label>Tỉnh/thành {Html.Select("province", provinces.Prepend(("", "Tất cả")), period.Province ?? "", "insights-province")}</label>"
            : "";
        var truncated = report.Truncated ? "<p class=\"card\">Kỳ này có quá nhiều lượt hỏi; chỉ các lượt cũ nhất được tính (Listening:MaxTurns).</p>" : "";
        var rows = report.Topics.Count == 0
            ? "<p id=\"no-topics\">Chưa có câu hỏi nào trong kỳ này.</p>"
            : "<table id=\"topics\"><thead><tr><th>Chủ đề (câu hỏi tiêu biểu)</th><th>Số câu hỏi</th><th>Bị từ chối</th><th>Không hài lòng</th><th>Kênh</th><th>Ví dụ</th><th>Trạng thái</th><th></th></tr></thead><tbody>"
              + string.Concat(report.Topics.Select(t => Row(page, t, provinces))) + "</tbody></table>";
        var body = $"""
            <h1>Khoảng trống thông tin</h1>
            <form method="get" action="/review/insights" class="card" id="insights-filter">
              <label>Từ ngày <input type="date" name="from" value="{period.FromText(zone)}"></label>
              <label>Đến ngày <input type="date" name="to" value="{period.ToText(zone)}"></label>
              {provinceFilter}
              <button type="submit">Xem</button>
            </form>
            <p id="insights-summary">{report.Questions} câu hỏi, {report.Topics.Count} chủ đề.</p>
            {truncated}
            {rows}
            """;
        return Html.Page("Khoảng trống thông tin", body, page);
    }

    private static string Row(ReviewPageContext page, QuestionTopic topic, IReadOnlyList<(string Slug, string Name)> provinces)
    {
        var state = topic.Reopened ? "Mở lại (có phản hồi chưa hài lòng)" : topic.Handled ? "Đã xử lý" : "Chưa xử lý";
        var comments = topic.Comments.Count == 0 ? "" : "<ul class=\"comments\">" + string.Concat(topic.Comments.Select(c => $"<li>{Html.E(c)}</li>")) + "</ul>";
        var answerLink = $"/review/official-answers/new?topic={Uri.EscapeDataString(topic.Key)}&question={Uri.EscapeDataString(topic.Question)}"
            + (topic.Province is null ? "" : $"&province={Uri.EscapeDataString(topic.Province)}")
            + string.Concat(topic.Examples.Select(e => $"&paraphrase={Uri.EscapeDataString(e)}"));
        var province = topic.Province is null ? "" : $" <span class=\"muted\">({Html.E(provinces.FirstOrDefault(p => p.Slug == topic.Province).Name ?? topic.Province)})</span>";
        var mark = topic.Handled ? "" : $"""<form method="post" action="/review/insights/handled">{Html.Csrf(page)}<input type="hidden" name="topic" value="{Html.E(topic.Key)}"><button type="submit" class="link">Đánh dấu đã xử lý</button></form>""";
        return $"""
            <tr class="topic" data-topic="{Html.E(topic.Key)}">
              <td class="topic-question">{Html.E(topic.Question)}{province}{comments}</td>
              <td class="topic-count">{topic.Count}</td>
              <td class="topic-refused">{topic.Refused}</td>
              <td class="topic-down">{topic.ThumbsDown}</td>
              <td>{Html.E(string.Join(", ", topic.Channels.Select(c => $"{c.Key}: {c.Value}")))}</td>
              <td><ul>{string.Concat(topic.Examples.Select(e => $"<li>{Html.E(e)}</li>"))}</ul></td>
              <td class="topic-state">{state}{(topic.Official > 0 ? $" · {topic.Official} lượt được trả lời bằng giải đáp chính thức" : "")}</td>
              <td><a class="write-official" href="{Html.E(answerLink)}">Viết giải đáp chính thức</a>{mark}</td>
            </tr>
            """;
    }
}
