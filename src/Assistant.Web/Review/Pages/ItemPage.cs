using System.Globalization;
using System.Text;
using Assistant.Review.Accounts;
using Assistant.Review.Items;
using Assistant.Review.Workflow;

namespace Assistant.Web.Review.Pages;

/// <summary>One item: its posts, why it was flagged, the official passages, history, and the reviewer's actions.</summary>
public static class ItemPage
{
    /// <summary>The page.</summary>
    public static string Render(ReviewPageContext page, RankedItem ranked, IReadOnlyList<AuditEntry> history, IReadOnlyList<ReviewAccount> assignees, string provinceName)
    {
        var item = ranked.Item;
        var posts = string.Concat(item.Posts.Select((p, i) => $"""
            <li class="post"><blockquote>{Html.E(p.Text)}</blockquote>
            <span class="muted">{Html.E(p.Source)} · {page.Time(p.ReceivedAt)} · {p.Likes} thích, {p.Shares} chia sẻ, {p.Comments} bình luận{(p.Url is null ? "" : " · " + Html.Link(p.Url, "liên kết"))}</span></li>
            """));
        var reasons = item.Reasons.Count == 0 ? "<li class=\"muted\">(không có)</li>" : string.Concat(item.Reasons.Select(r => $"<li>{Html.E(r)}</li>"));
        var passages = item.Passages.Count == 0 ? "<p class=\"muted\">Không có đoạn văn bản khớp.</p>"
            : string.Concat(item.Passages.Select((p, i) => $"<div class=\"passage\"><strong>[{i + 1}] {Html.E(page.TitleOf(p.Doc))}, mục {Html.E(p.Section)}</strong><blockquote>{Html.E(p.Text)}</blockquote></div>"));
        var notes = item.Notes.Count == 0 ? "<li class=\"muted\">(chưa có)</li>"
            : string.Concat(item.Notes.Select(n => $"<li class=\"note\"><strong>{Html.E(n.Author)}</strong> <span class=\"muted\">{page.Time(n.At)}</span><br>{Html.E(n.Text)}</li>"));
        var audit = string.Concat(history.Select(a =>
            $"<tr><td data-label=\"Lúc\">{page.Time(a.At, seconds: true)}</td><td data-label=\"Ai\">{Html.E(ReviewActions.ActorLabel(a.Actor))}</td><td data-label=\"Thao tác\" data-action=\"{Html.E(a.Action)}\">{Html.E(ReviewActions.Label(a.Action))}</td><td data-label=\"Chi tiết\">{Html.E(ReviewActions.ReadableDetail(a.Action, a.Detail))}</td></tr>"));
        var version = $"<input type=\"hidden\" name=\"version\" value=\"{item.Version}\">{Html.Csrf(page)}";
        var assigneeOptions = assignees.Select(a => (a.Login, $"{a.Login} ({(a.Role == ReviewRoles.Admin ? "quản trị" : a.Province)}{(a.Agency is null ? "" : " · " + a.Agency)})"));
        var body = new StringBuilder($"""
            <p><a href="/review">← Hàng đợi</a></p>
            <h1 id="item-title">Mục #{item.Id}</h1>
            <p id="item-meta"><span class="badge" id="item-state">{Html.E(ReviewStates.Label(item.State))}</span>
              <span class="badge {Html.E(item.Verdict)}" id="item-verdict">{Html.E(ReviewVerdicts.Label(item.Verdict))}</span>
              {(ranked.Overdue ? "<span class=\"badge overdue\">Quá hạn</span>" : "")}
              · Rủi ro {item.Risk:P0} · Ưu tiên {ranked.Priority.ToString("F2", CultureInfo.InvariantCulture)} · Tỉnh: <span id="item-province">{Html.E(provinceName)}</span>
              · Phụ trách: <span id="item-assignee">{Html.E(item.AssignedTo ?? "(chưa giao)")}</span> · Phiên bản {item.Version}</p>
            <div class="grid"><div>
            <section class="card"><h2>Bài viết ({item.Posts.Count})</h2><ol id="posts">{posts}</ol></section>
            <section class="card"><h2>Lý do gắn cờ</h2><ul id="reasons">{reasons}</ul>{(item.KnownClaimId is null ? "" : $"<p>Lặp lại nhận định đã kết luận: {Html.E(item.KnownClaimId)}</p>")}</section>
            <section class="card"><h2>Văn bản chính thức liên quan</h2><div id="passages">{passages}</div></section>
            <section class="card"><h2>Ghi chú</h2><ul id="notes">{notes}</ul></section>
            <section class="card"><h2>Lịch sử</h2><table id="history" class="cards"><thead><tr><th>Lúc ({Html.E(page.Clock.ZoneName)})</th><th>Ai</th><th>Thao tác</th><th>Chi tiết</th></tr></thead><tbody>{audit}</tbody></table></section>
            </div><div class="actions">
            <form method="post" action="/review/items/{item.Id}/verdict" id="verdict-form"><h2>Kết luận</h2>{version}
              <label for="verdict">Kết luận</label>{Html.Select("verdict", ReviewVerdicts.All.Select(v => (v, ReviewVerdicts.Label(v))), item.Verdict, placeholder: "— Chọn kết luận —")}
              <label for="verdict-note">Ghi chú (căn cứ)</label><textarea id="verdict-note" name="note"></textarea>
              <p><button type="submit">Ghi kết luận</button></p></form>
            <form method="post" action="/review/items/{item.Id}/state" id="state-form"><h2>Trạng thái</h2>{version}
              {Html.Select("state", ReviewStates.All.Select(s => (s, ReviewStates.Label(s))), item.State)} <button type="submit">Cập nhật</button></form>
            <form method="post" action="/review/items/{item.Id}/assign" id="assign-form"><h2>Giao cho</h2>{version}
              {Html.Select("login", assigneeOptions, item.AssignedTo, "assignee")} <button type="submit">Giao</button></form>
            <form method="post" action="/review/items/{item.Id}/note" id="note-form"><h2>Thêm ghi chú</h2>{version}
              <textarea id="note" name="text" required></textarea><p><button type="submit">Lưu ghi chú</button></p></form>
            <form method="post" action="/review/items/{item.Id}/draft" id="draft-form"><h2>Bản nháp phản hồi</h2>{version}
              <textarea id="draft" name="text">{Html.E(item.Draft)}</textarea>
              <p><button type="submit" id="draft-save">Lưu bản nháp</button></p>
              <p class="muted">Để trống rồi lưu để tạo bản nháp trích dẫn văn bản chính thức.</p></form>
            {(item.Verdict is ReviewVerdicts.False or ReviewVerdicts.Misleading or ReviewVerdicts.Accurate ? $"<p><a href=\"/review/items/{item.Id}/claimreview.json\" id=\"claimreview\">Xuất ClaimReview (JSON-LD)</a></p>" : "")}
            </div></div>
            """);
        return Html.Page($"Mục #{item.Id}", body.ToString(), page);
    }
}
