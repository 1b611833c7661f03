using System.Globalization;
using System.Text;
using Assistant.Core.Monitoring;
using Assistant.Review.Posts;

namespace Assistant.Web.Review.Pages;

/// <summary>Every stored post the reviewer may see, flagged or not, with search, filters and "đưa vào hàng chờ" with a note.</summary>
public static class PostsPage
{
    /// <summary>The page.</summary>
    public static string Render(ReviewPageContext page, IReadOnlyList<BrowsedPost> posts, IQueryCollection query, IReadOnlyList<(string Slug, string Name)> provinces)
    {
        var rows = new StringBuilder();
        foreach (var browsed in posts)
        {
            var (post, scored) = (browsed.Post.Post, browsed.Post.Scored);
            var flag = scored is null ? "<span class=\"badge\">Chưa chấm</span>"
                : scored.Flagged ? "<span class=\"badge sai_su_that\">Đã gắn cờ</span>"
                : "<span class=\"badge\">Không gắn cờ</span>";
            var action = browsed.InQueue
                ? "<span class=\"muted in-queue\">Đã có trong hàng chờ</span>"
                : $"""
                  <form method="post" action="/review/posts/{browsed.Post.Id}/escalate" class="escalate-form">{Html.Csrf(page)}
                  <label for="note-{browsed.Post.Id}">Lý do</label><textarea id="note-{browsed.Post.Id}" name="note" required maxlength="{PostBrowser.MaxNoteLength}"></textarea>
                  <button type="submit">Đưa vào hàng chờ</button></form>
                  """;
            var reasons = scored is null || scored.Reasons.Count == 0 ? "" : "<ul class=\"reasons\">" + string.Concat(scored.Reasons.Select(r => $"<li>{Html.E(r)}</li>")) + "</ul>";
            rows.Append($"""
                <tr class="post-row" id="post-{browsed.Post.Id}" data-province="{Html.E(browsed.Province)}">
                <td data-label="Nhận lúc">{page.Time(browsed.Post.ReceivedAt)}</td>
                <td data-label="Nguồn">{Html.E(post.Source)}{(post.Url is null ? "" : " · " + Html.Link(post.Url, "liên kết"))}</td>
                <td data-label="Tỉnh">{Html.E(ListPage.NameOf(browsed.Province, provinces))}</td>
                <td data-label="Rủi ro">{(scored is null ? "—" : scored.Score.ToString("P0", CultureInfo.GetCultureInfo("vi-VN")))}</td>
                <td data-label="Nhãn">{(scored is null ? "—" : Html.E(PostLabel.Name(scored.Label)))}</td>
                <td data-label="Gắn cờ">{flag}</td>
                <td data-label="Nội dung" class="claim"><blockquote>{Html.E(post.Text)}</blockquote>{reasons}</td>
                <td data-label="Thao tác">{action}</td></tr>
                """);
        }

        string Value(string name) => Html.E(query[name].ToString());
        var labels = new[] { ("", "Tất cả") }.Concat(PostLabel.All.Select(l => (l, PostLabel.Name(l))));
        var flagged = new[] { ("", "Tất cả"), ("true", "Đã gắn cờ"), ("false", "Không gắn cờ") };
        var body = $"""
            <h1>Bài viết đã nhận ({posts.Count})</h1>
            <p class="muted">Mọi bài hệ thống đã nhận, kể cả bài không bị gắn cờ; giờ hiển thị theo {Html.E(page.Clock.ZoneName)}.</p>
            <form method="get" action="/review/posts" class="filters" id="post-filters">
              <div><label for="q">Tìm trong nội dung</label><input id="q" name="q" type="search" value="{Value("q")}"></div>
              <div><label for="source">Nguồn</label><input id="source" name="source" value="{Value("source")}"></div>
              <div><label for="from">Từ ngày</label><input id="from" name="from" type="date" value="{Value("from")}"></div>
              <div><label for="to">Đến ngày</label><input id="to" name="to" type="date" value="{Value("to")}"></div>
              <div><label for="minScore">Rủi ro tối thiểu</label><input id="minScore" name="minScore" type="number" min="0" max="1" step="0.05" value="{Value("minScore")}"></div>
              <div><label for="label">Nhãn</label>{Html.Select("label", labels, query["label"].ToString())}</div>
              <div><label for="flagged">Gắn cờ</label>{Html.Select("flagged", flagged, query["flagged"].ToString())}</div>
              <div><button type="submit">Lọc</button></div>
            </form>
            <table id="posts-table" class="cards"><thead><tr><th>Nhận lúc</th><th>Nguồn</th><th>Tỉnh</th><th>Rủi ro</th><th>Nhãn</th><th>Gắn cờ</th><th>Nội dung</th><th>Thao tác</th></tr></thead>
            <tbody>{rows}</tbody></table>
            {(posts.Count == 0 ? "<p class=\"muted\" id=\"empty\">Không có bài viết nào phù hợp.</p>" : "")}
            """;
        return Html.Page("Bài viết", body, page);
    }
}
