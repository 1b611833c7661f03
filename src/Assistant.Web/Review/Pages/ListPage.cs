using System.Globalization;
using System.Text;
using Assistant.Review.Items;
using Assistant.Review.Workflow;

namespace Assistant.Web.Review.Pages;

/// <summary>The queue: filters and the items the reviewer may see, highest priority first, overdue rows highlighted.</summary>
public static class ListPage
{
    /// <summary>The page.</summary>
    public static string Render(ReviewPageContext page, IReadOnlyList<RankedItem> items, ReviewFilter filter, IReadOnlyList<(string Slug, string Name)> provinces)
    {
        var rows = new StringBuilder();
        foreach (var (item, priority, overdue, waiting) in items)
        {
            var claim = item.Claim.Length > 140 ? item.Claim[..140] + "…" : item.Claim;
            rows.Append($"""
                <tr id="item-{item.Id}" class="item-row{(overdue ? " overdue" : "")}" data-province="{Html.E(item.Province)}">
                <td data-label="Mục"><a class="item-link" href="/review/items/{item.Id}">#{item.Id}</a></td>
                <td data-label="Ưu tiên">{priority.ToString("F2", CultureInfo.InvariantCulture)}</td><td data-label="Rủi ro">{item.Risk:P0}</td>
                <td data-label="Trạng thái"><span class="badge">{Html.E(ReviewStates.Label(item.State))}</span>{(overdue ? " <span class=\"badge overdue\">Quá hạn</span>" : "")}</td>
                <td data-label="Kết luận"><span class="badge {Html.E(item.Verdict)}">{Html.E(ReviewVerdicts.Label(item.Verdict))}</span></td>
                <td data-label="Tỉnh" class="province">{Html.E(NameOf(item.Province, provinces))}</td><td data-label="Phụ trách">{Html.E(item.AssignedTo ?? "—")}</td>
                <td data-label="Số bài">{item.Posts.Count}</td><td data-label="Chờ">{(item.State == ReviewStates.New ? $"{waiting.TotalHours:F0} giờ" : "—")}</td>
                <td data-label="Nội dung" class="claim">{Html.E(claim)}</td></tr>
                """);
        }

        var states = new[] { ("", "Tất cả") }.Concat(ReviewStates.All.Select(s => (s, ReviewStates.Label(s))));
        var provinceOptions = new[] { ("", "Tất cả") }.Concat(provinces.Select(p => (p.Slug, p.Name)));
        var body = $"""
            <h1>Hàng đợi ({items.Count} mục)</h1>
            <form method="get" action="/review" class="filters" id="filters">
              <div><label for="state">Trạng thái</label>{Html.Select("state", states, filter.State)}</div>
              <div><label for="province">Tỉnh/thành</label>{Html.Select("province", provinceOptions, filter.Province)}</div>
              <div><label for="minRisk">Rủi ro tối thiểu</label><input id="minRisk" name="minRisk" type="number" min="0" max="1" step="0.05" value="{filter.MinRisk?.ToString(CultureInfo.InvariantCulture)}"></div>
              <div><label for="from">Từ ngày</label><input id="from" name="from" type="date" value="{filter.From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}"></div>
              <div><label for="to">Đến ngày</label><input id="to" name="to" type="date" value="{filter.To?.AddDays(-1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}"></div>
              <div><button type="submit">Lọc</button></div>
            </form>
            <table id="items" class="cards"><thead><tr><th>Mục</th><th>Ưu tiên</th><th>Rủi ro</th><th>Trạng thái</th><th>Kết luận</th><th>Tỉnh</th><th>Phụ trách</th><th>Số bài</th><th>Chờ</th><th>Nội dung</th></tr></thead>
            <tbody>{rows}</tbody></table>
            {(items.Count == 0 ? "<p class=\"muted\" id=\"empty\">Không có mục nào phù hợp.</p>" : "")}
            """;
        return Html.Page("Hàng đợi", body, page);
    }

    /// <summary>The province's Vietnamese name, or "(không rõ)".</summary>
    public static string NameOf(string? slug, IReadOnlyList<(string Slug, string Name)> provinces) =>
        slug is null ? "(không rõ)" : provinces.FirstOrDefault(p => p.Slug == slug).Name ?? slug;
}
