using Assistant.Core.Provinces;
using Assistant.Web.Review.Pages;

namespace Assistant.Web.Documents.Pages;

/// <summary>
/// A draft before it is published: the metadata read from it (staff correct it here) and its passages with their
/// section paths, then the publish form (as a new document, or as the new version of a published one).
/// </summary>
public static class DocumentPreviewPage
{
    private static readonly (string Name, string Label)[] Fields =
    [
        ("title", "Tiêu đề"), ("issuer", "Cơ quan ban hành"), ("kind", "Loại văn bản (ke-hoach, quyet-dinh…)"), ("number", "Số hiệu"),
        ("date", "Ngày ban hành (yyyy-MM-dd)"), ("dateNote", "Ghi chú về ngày"), ("signer", "Người ký"),
    ];

    /// <summary>The page for draft <paramref name="token"/>.</summary>
    public static string Render(ReviewPageContext page, string token, LibraryEntry draft, IReadOnlyList<Province> provinces, IReadOnlyList<LibraryEntry> published)
    {
        if (draft.Document is not { } document)
        {
            return Html.Page("Xem trước", $"""
                <div class="card"><h1>Không đọc được tệp {Html.E(draft.FileName)}</h1><p class="error" role="alert" id="message">{Html.E(draft.Error)}</p>
                <p><a href="/admin/documents" id="back">Về danh sách văn bản</a></p></div>
                """, page);
        }

        var info = document.Info;
        var values = new Dictionary<string, string?>
        {
            ["title"] = info.Title, ["issuer"] = info.Issuer, ["kind"] = info.Kind, ["number"] = info.Number,
            ["date"] = info.Date, ["dateNote"] = info.DateNote, ["signer"] = info.Signer,
        };
        var inputs = string.Concat(Fields.Select(f =>
            $"""<label for="meta-{f.Name}">{Html.E(f.Label)}</label><input name="{f.Name}" id="meta-{f.Name}" value="{Html.E(values[f.Name])}">"""));
        var provinceOptions = provinces.Select(p => (p.Slug, p.Name)).Prepend(("", "Toàn quốc (không thuộc tỉnh nào)"));
        var replaceOptions = published.Where(e => e.Document is not null).Select(e => (e.Document!.Info.Id, $"{e.Document.Info.Id} · {e.Document.Info.Title}")).Prepend(("", "Không — đây là văn bản mới"));
        var passages = string.Concat(document.Passages.Select(p =>
            $"""<tr class="passage"><td class="section">{Html.E(p.Section)}</td><td>{Html.E(p.Text)}</td></tr>"""));
        var action = $"/admin/documents/drafts/{token}";
        return Html.Page("Xem trước", $"""
            <div class="card"><h1 id="draft-title">Xem trước: {Html.E(info.Title)}</h1>
            <p class="muted">Tệp {Html.E(draft.FileName)} · mã <span id="draft-id">{Html.E(info.Id)}</span> · {document.Passages.Count} đoạn{(info.FromScan ? " · đọc từ bản quét" : "")}</p>
            <form method="post" action="{action}/metadata" id="metadata-form">{Html.Csrf(page)}
              {inputs}
              <label for="meta-province">Tỉnh/thành phố</label>{Html.Select("province", provinceOptions, info.Province ?? "", "meta-province")}
              <button type="submit" id="metadata-save">Lưu thông tin</button>
            </form>
            <form method="post" action="{action}/publish" id="publish-form">{Html.Csrf(page)}
              <label for="replaces">Thay thế văn bản đang công bố</label>{Html.Select("replaces", replaceOptions, "", "replaces")}
              <button type="submit" id="publish">Công bố</button>
            </form></div>
            <table id="passages"><thead><tr><th>Mục</th><th>Nội dung</th></tr></thead><tbody>{passages}</tbody></table>
            """, page);
    }
}
