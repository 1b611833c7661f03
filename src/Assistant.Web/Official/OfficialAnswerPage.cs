using Assistant.Core.Official;
using Assistant.Core.Retrieval;
using Assistant.Web.Review.Pages;

namespace Assistant.Web.Official;

/// <summary>The official answers pages: the list (publish and withdraw for admins) and the form that writes a draft.</summary>
public static class OfficialAnswerPage
{
    /// <summary>The list.</summary>
    public static string List(ReviewPageContext page, IReadOnlyList<OfficialAnswer> answers, IReadOnlyList<(string Slug, string Name)> provinces)
    {
        var rows = answers.Count == 0
            ? "<p id=\"no-answers\">Chưa có giải đáp chính thức nào.</p>"
            : "<table id=\"official-answers\"><thead><tr><th>Câu hỏi</th><th>Tỉnh/thành</th><th>Trạng thái</th><th>Người viết</th><th>Công bố</th><th></th></tr></thead><tbody>"
              + string.Concat(answers.Select(a => Row(page, a, provinces))) + "</tbody></table>";
        var body = $"""
            <h1>Giải đáp chính thức</h1>
            <p><a id="new-official" href="/review/official-answers/new">Viết giải đáp mới</a></p>
            {rows}
            """;
        return Html.Page("Giải đáp chính thức", body, page);
    }

    /// <summary>The form of a new draft, prefilled from a gap topic, with the passages found for <paramref name="search"/> to cite.</summary>
    public static string New(ReviewPageContext page, OfficialAnswerForm form, SearchResult? search, IReadOnlyList<(string Slug, string Name)> provinces)
    {
        var hidden = $"""<input type="hidden" name="topic" value="{Html.E(form.TopicKey)}"><input type="hidden" name="question" value="{Html.E(form.Question)}">"""
            + string.Concat(form.Paraphrases.Select(p => $"""<input type="hidden" name="paraphrase" value="{Html.E(p)}">"""))
            + (form.Province is null ? "" : $"""<input type="hidden" name="province" value="{Html.E(form.Province)}">""");
        var passages = search is null ? "" : "<fieldset id=\"passages\"><legend>Đoạn văn bản để trích dẫn</legend>" + string.Concat(search.Hits.Select((p, i) =>
            $"""<label class="passage"><input type="checkbox" name="citation" value="{Html.E(p.Passage.DocId + "|" + p.Passage.Section)}" id="citation-{i}"> <strong>{Html.E(page.TitleOf(p.Passage.DocId))}, mục {Html.E(p.Passage.Section)}</strong>: {Html.E(Shorten(p.Passage.Text))}</label>""")) + "</fieldset>";
        var province = page.Actor.SeesAll
            ? $"<label>Tỉnh/thành {Html.Select("province", provinces.Prepend(("", "Toàn quốc")), form.Province ?? "", "official-province")}</label>"
            : "";
        var body = $"""
            <h1>Viết giải đáp chính thức</h1>
            <form method="get" action="/review/official-answers/new" class="card" id="passage-search">
              {hidden}
              <label>Tìm đoạn văn bản <input type="search" name="q" id="search-q" value="{Html.E(form.Search)}"></label>
              <button type="submit" id="search-submit">Tìm</button>
            </form>
            <form method="post" action="/review/official-answers" class="card" id="official-form">
              {Html.Csrf(page)}
              <input type="hidden" name="topic" value="{Html.E(form.TopicKey)}">
              <label>Câu hỏi <input type="text" name="question" id="official-question" value="{Html.E(form.Question)}" required></label>
              <label>Các cách hỏi khác (mỗi dòng một câu) <textarea name="paraphrases" id="official-paraphrases" rows="4">{Html.E(string.Join("\n", form.Paraphrases))}</textarea></label>
              {(page.Actor.SeesAll ? province : (form.Province is null ? "" : $"""<input type="hidden" name="province" value="{Html.E(form.Province)}">"""))}
              <label>Nội dung giải đáp <textarea name="answer" id="official-answer" rows="6" required></textarea></label>
              {passages}
              <p class="muted">Không chọn đoạn nào: giải đáp là ý kiến của Sở, ký tên {Html.E(page.Actor.Login)}.</p>
              <button type="submit" id="official-save">Lưu bản nháp</button>
            </form>
            """;
        return Html.Page("Viết giải đáp chính thức", body, page);
    }

    private static string Row(ReviewPageContext page, OfficialAnswer answer, IReadOnlyList<(string Slug, string Name)> provinces)
    {
        var state = answer.State switch
        {
            OfficialAnswerStates.Published => "Đã công bố",
            OfficialAnswerStates.Withdrawn => "Đã rút",
            _ => "Bản nháp",
        };
        var action = !page.Actor.SeesAll ? ""
            : answer.State == OfficialAnswerStates.Published ? Button(page, answer, "withdraw", "Rút")
            : Button(page, answer, "publish", "Công bố");
        return $"""
            <tr class="official" data-id="{answer.Id}">
              <td>{Html.E(answer.Question)}<details><summary>Nội dung</summary>{Html.E(answer.Text)}</details></td>
              <td>{Html.E(answer.Province is null ? "Toàn quốc" : ListPage.NameOf(answer.Province, provinces))}</td>
              <td class="official-state">{state}</td>
              <td>{Html.E(answer.Author)}</td>
              <td>{(answer.PublishedAt is { } at ? Html.E(page.Time(at)) : "")}</td>
              <td>{action}</td>
            </tr>
            """;
    }

    private static string Button(ReviewPageContext page, OfficialAnswer answer, string action, string label) =>
        $"""<form method="post" action="/review/official-answers/{answer.Id}/{action}">{Html.Csrf(page)}<input type="hidden" name="version" value="{answer.Version}"><button type="submit" class="official-{action}">{label}</button></form>""";

    private static string Shorten(string text) => text.Length <= 300 ? text : text[..300] + "…";
}
