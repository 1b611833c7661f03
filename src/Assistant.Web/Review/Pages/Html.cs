using System.Text;

namespace Assistant.Web.Review.Pages;

/// <summary>HTML building for the dashboard: escaping and the shared page frame (no scripts, one stylesheet).</summary>
public static class Html
{
    /// <summary>Escapes text for element content and quoted attributes (Vietnamese letters stay as they are).</summary>
    public static string E(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }

        return builder.ToString();
    }

    /// <summary>A link to <paramref name="url"/> when it is an absolute http or https address, else the address as plain text (never a <c>javascript:</c> or <c>data:</c> href).</summary>
    public static string Link(string url, string text) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? $"<a href=\"{E(url)}\" rel=\"noreferrer noopener\">{E(text)}</a>"
            : E(url);

    /// <summary>A hidden antiforgery field.</summary>
    public static string Csrf(ReviewPageContext page) =>
        $"<input type=\"hidden\" name=\"{E(page.Csrf.FormFieldName)}\" value=\"{E(page.Csrf.RequestToken)}\">";

    /// <summary>The whole page: header with navigation and logout, then <paramref name="body"/>.</summary>
    public static string Page(string title, string body, ReviewPageContext? page)
    {
        var nav = page is null ? "" : $"""
            <nav><a href="/review">Hàng đợi</a> · <a href="/review/posts">Bài viết</a> · <a href="/review/insights">Khoảng trống thông tin</a> · <a href="/review/official-answers">Giải đáp chính thức</a> · <a href="/review/report">Báo cáo</a> · <a href="/review/export.csv">Xuất CSV</a></nav>
            <span class="muted" id="who">{E(page.Actor.Login)} ({(page.Actor.SeesAll ? "quản trị" : "người phát ngôn" + (page.Actor.Province is null ? "" : " · " + E(page.Provinces.NameOf(page.Actor.Province))))})</span>
            <form method="post" action="/review/logout">{Csrf(page)}<button class="link" type="submit">Đăng xuất</button></form>
            """;
        return $"""
            <!doctype html>
            <html lang="vi">
            <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{E(title)} · Hàng đợi xem xét</title><link rel="stylesheet" href="/review/review.css"></head>
            <body><header><strong>Hàng đợi xem xét thông tin</strong>{nav}</header>
            <main>{body}</main></body></html>
            """;
    }

    /// <summary>An HTML result with a status code.</summary>
    public static IResult Result(string html, int status = StatusCodes.Status200OK) =>
        Results.Content(html, "text/html; charset=utf-8", Encoding.UTF8, status);

    /// <summary>
    /// A <c>select</c> with the options (value, label) and the selected value; with a <paramref name="placeholder"/>, an
    /// empty first option stands selected until a choice is made, and the choice is required.
    /// </summary>
    public static string Select(string name, IEnumerable<(string Value, string Label)> options, string? selected, string? id = null, string? placeholder = null) =>
        $"<select name=\"{E(name)}\" id=\"{E(id ?? name)}\"{(placeholder is null ? "" : " required")}>" +
        (placeholder is null ? "" : $"<option value=\"\"{(selected is null ? " selected" : "")} disabled>{E(placeholder)}</option>") +
        string.Concat(options.Select(o => $"<option value=\"{E(o.Value)}\"{(o.Value == selected ? " selected" : "")}>{E(o.Label)}</option>")) +
        "</select>";
}
