using Assistant.Web.Review.Pages;

namespace Assistant.Web.Documents.Pages;

/// <summary>The library at <c>/admin/documents</c>: the upload form, then every document with its state, passages and citing answers.</summary>
public static class DocumentListPage
{
    /// <summary>The page.</summary>
    public static string Render(ReviewPageContext page, IReadOnlyList<LibraryEntry> entries, IReadOnlyDictionary<string, int> citing, IReadOnlyList<string> extensions)
    {
        var rows = string.Concat(entries.Select(entry => Row(page, entry, citing)));
        return Html.Page("Văn bản", $"""
            <div class="card"><h1>Văn bản chính thức</h1>
            <form method="post" action="/admin/documents/upload" enctype="multipart/form-data" id="upload-form">{Html.Csrf(page)}
              <label for="file">Tải lên văn bản ({Html.E(string.Join(", ", extensions))})</label>
              <input type="file" name="file" id="file" required accept="{Html.E(string.Join(",", extensions))}">
              <button type="submit" id="upload-submit">Tải lên và xem trước</button>
            </form></div>
            <table id="documents"><thead><tr><th>Mã</th><th>Tiêu đề</th><th>Tỉnh/thành</th><th>Trạng thái</th><th>Số đoạn</th><th>Câu trả lời trích dẫn</th><th></th></tr></thead>
            <tbody>{rows}</tbody></table>
            """, page);
    }

    private static string Row(ReviewPageContext page, LibraryEntry entry, IReadOnlyDictionary<string, int> citing)
    {
        var info = entry.Document?.Info;
        var id = info?.Id ?? entry.FileName;
        var action = entry.State switch
        {
            LibraryState.Published => $"""<form method="post" action="/admin/documents/{Uri.EscapeDataString(id)}/unpublish">{Html.Csrf(page)}<button type="submit" class="unpublish">Gỡ công bố</button></form>""",
            LibraryState.Unpublished => $"""<form method="post" action="/admin/documents/unpublished/{Uri.EscapeDataString(entry.FileName)}/publish">{Html.Csrf(page)}<button type="submit" class="republish">Công bố lại</button></form>""",
            _ => "",
        };
        return $"""
            <tr class="document-row" data-id="{Html.E(id)}" data-state="{entry.State.ToString().ToLowerInvariant()}">
            <td class="doc-id">{Html.E(id)}</td><td>{Html.E(info?.Title ?? entry.Error)}<br><span class="muted">{Html.E(entry.FileName)}</span></td>
            <td class="province">{Html.E(info?.Province is null ? "Toàn quốc" : page.Provinces.NameOf(info.Province))}</td>
            <td class="state">{StateName(entry.State)}</td><td>{entry.Document?.Passages.Count}</td>
            <td class="citing">{(entry.State == LibraryState.Published ? citing.GetValueOrDefault(id) : 0)}</td><td>{action}</td></tr>
            """;
    }

    /// <summary>A state as staff read it.</summary>
    public static string StateName(LibraryState state) => state switch
    {
        LibraryState.Draft => "Bản nháp",
        LibraryState.Published => "Đang công bố",
        LibraryState.Unpublished => "Đã gỡ",
        _ => "Đã được thay thế",
    };
}
