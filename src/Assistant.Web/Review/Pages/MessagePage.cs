namespace Assistant.Web.Review.Pages;

/// <summary>A page that only says something (not found, conflict, invalid request) and links back.</summary>
public static class MessagePage
{
    /// <summary>The page.</summary>
    public static IResult Result(int status, string title, string message, string backUrl, string backLabel, ReviewPageContext? page) =>
        Html.Result(Html.Page(title, $"""
            <div class="card"><h1>{Html.E(title)}</h1><p class="error" role="alert" id="message">{Html.E(message)}</p>
            <p><a href="{Html.E(backUrl)}" id="back">{Html.E(backLabel)}</a></p></div>
            """, page), status);
}
