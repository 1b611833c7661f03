using System.Text;
using Assistant.Review;
using Assistant.Review.Accounts;
using Assistant.Review.Drafts;
using Assistant.Review.Workflow;
using Assistant.Web.Review.Pages;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Assistant.Web.Review;

/// <summary>The dashboard at <c>/review</c>: server-rendered pages, every form posted with an antiforgery token, changes redirected back (post/redirect/get).</summary>
public static class ReviewPageEndpoints
{
    /// <summary>Maps the pages.</summary>
    public static void MapReviewPages(this IEndpointRouteBuilder app)
    {
        app.MapGet("/review/login", LoginFormAsync).AllowAnonymous().ExcludeFromDescription();
        app.MapPost("/review/login", LoginAsync).AllowAnonymous().ExcludeFromDescription();

        var pages = app.MapGroup("/review").RequireAuthorization(ReviewAuth.PagePolicy).ExcludeFromDescription();
        pages.MapPost("/logout", LogoutAsync);
        pages.MapGet("/", ListAsync);
        pages.MapGet("/items/{id:long}", ItemAsync);
        pages.MapGet("/items/{id:long}/claimreview.json", (HttpContext http, long id, ReviewService reviews, DraftReplyWriter drafts, IOptions<ReviewOptions> options, CancellationToken ct) =>
            ClaimReviewPageAsync(http, id, reviews, drafts, options, ct));
        pages.MapGet("/export.csv", ReviewApiEndpoints.CsvAsync);
        pages.MapGet("/export/training.jsonl", ReviewApiEndpoints.TrainingAsync);
        pages.MapGet("/report", ReportAsync);
        pages.MapPost("/items/{id:long}/assign", (HttpContext http, long id, ReviewService reviews, CancellationToken ct) =>
            ChangeAsync(http, id, (actor, form, version) => reviews.AssignAsync(actor, id, version, form["login"].ToString(), ct)));
        pages.MapPost("/items/{id:long}/state", (HttpContext http, long id, ReviewService reviews, CancellationToken ct) =>
            ChangeAsync(http, id, (actor, form, version) => reviews.SetStateAsync(actor, id, version, form["state"].ToString(), ct)));
        pages.MapPost("/items/{id:long}/verdict", (HttpContext http, long id, ReviewService reviews, CancellationToken ct) =>
            ChangeAsync(http, id, (actor, form, version) => reviews.SetVerdictAsync(actor, id, version, form["verdict"].ToString(), form["note"].ToString(), ct)));
        pages.MapPost("/items/{id:long}/note", (HttpContext http, long id, ReviewService reviews, CancellationToken ct) =>
            ChangeAsync(http, id, (actor, form, version) => reviews.AddNoteAsync(actor, id, version, form["text"].ToString(), ct)));
        pages.MapPost("/items/{id:long}/draft", (HttpContext http, long id, ReviewService reviews, CancellationToken ct) =>
            ChangeAsync(http, id, (actor, form, version) => reviews.SaveDraftAsync(actor, id, version, form["text"].ToString(), ct)));
    }

    private static IResult LoginFormAsync(HttpContext http, IAntiforgery antiforgery, string? returnUrl) =>
        http.User.Identity?.IsAuthenticated == true && ReviewAuth.Allows(http.User)
            ? Results.Redirect("/review")
            : Html.Result(LoginPage.Render(antiforgery.GetAndStoreTokens(http), null, null, returnUrl));

    private static async Task<IResult> LoginAsync(HttpContext http, IAntiforgery antiforgery, AccountService accounts, LoginThrottle throttle, ReviewSessions sessions, IOptions<ReviewOptions> options)
    {
        if (!await antiforgery.IsRequestValidAsync(http))
        {
            return Html.Result(LoginPage.Render(antiforgery.GetAndStoreTokens(http), "Phiên đăng nhập đã hết hạn. Vui lòng thử lại.", null, null), StatusCodes.Status400BadRequest);
        }

        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        var login = form["login"].ToString().Trim();
        var returnUrl = form["returnUrl"].ToString();
        var address = http.Connection.RemoteIpAddress?.ToString() ?? "";
        if (await throttle.TryBeginAsync(login, address, http.RequestAborted) is not { } attempt)
        {
            var message = $"Bạn đã đăng nhập sai quá nhiều lần. Vui lòng thử lại sau {options.Value.LoginWindowMinutes} phút.";
            return Html.Result(LoginPage.Render(antiforgery.GetAndStoreTokens(http), message, login, returnUrl), StatusCodes.Status429TooManyRequests);
        }

        var account = await accounts.VerifyAsync(login, form["password"].ToString(), http.RequestAborted);
        if (account is null)
        {
            return Html.Result(LoginPage.Render(antiforgery.GetAndStoreTokens(http), "Tên đăng nhập hoặc mật khẩu không đúng.", login, returnUrl), StatusCodes.Status401Unauthorized);
        }

        await throttle.SucceedAsync(login, attempt, http.RequestAborted);
        await http.SignInAsync(ReviewAuth.CookieScheme, ReviewAuth.PrincipalOf(account, await sessions.StartAsync(account.Login, http.RequestAborted)));
        var local = returnUrl.StartsWith("/review", StringComparison.Ordinal) && !returnUrl.StartsWith("//", StringComparison.Ordinal) && !returnUrl.Contains('\\');
        return Results.Redirect(local ? returnUrl : "/review");
    }

    private static async Task<IResult> LogoutAsync(HttpContext http, IAntiforgery antiforgery, ReviewSessions sessions)
    {
        if (!await antiforgery.IsRequestValidAsync(http))
        {
            return InvalidForm(http);
        }

        await sessions.EndAsync(ReviewAuth.SessionOf(http.User), http.RequestAborted);
        await http.SignOutAsync(ReviewAuth.CookieScheme);
        return Results.Redirect("/review/login", permanent: false);
    }

    private static async Task<IResult> ListAsync(HttpContext http, ReviewService reviews, ReviewDirectory directory, CancellationToken cancellationToken)
    {
        var (filter, error) = ReviewQuery.Parse(http.Request.Query);
        var page = ReviewPageContext.Of(http);
        if (error is not null)
        {
            return MessagePage.Result(StatusCodes.Status400BadRequest, "Bộ lọc không hợp lệ", error, "/review", "Xem toàn bộ hàng đợi", page);
        }

        var items = await reviews.ListAsync(page.Actor, filter, cancellationToken);
        return Html.Result(ListPage.Render(page, items, filter, directory.Provinces));
    }

    private static async Task<IResult> ReportAsync(HttpContext http, ReviewService reviews, ReviewDirectory directory, CancellationToken cancellationToken)
    {
        var (filter, error) = ReviewQuery.Parse(http.Request.Query);
        var page = ReviewPageContext.Of(http);
        return error is not null
            ? MessagePage.Result(StatusCodes.Status400BadRequest, "Bộ lọc không hợp lệ", error, "/review/report", "Xem báo cáo toàn bộ", page)
            : Html.Result(ReportPage.Render(page, await ReviewApiEndpoints.BuildReportAsync(http, filter, reviews, cancellationToken), directory.Provinces));
    }

    private static async Task<IResult> ItemAsync(HttpContext http, long id, ReviewService reviews, ReviewDirectory directory, CancellationToken cancellationToken)
    {
        var page = ReviewPageContext.Of(http);
        try
        {
            var (item, history) = await reviews.DetailAsync(page.Actor, id, cancellationToken);
            var assignees = await directory.AssigneesAsync(item.Item, cancellationToken);
            return Html.Result(ItemPage.Render(page, item, history, assignees, directory.NameOf(item.Item.Province)));
        }
        catch (ReviewException exception)
        {
            return Refused(page, id, exception);
        }
    }

    private static async Task<IResult> ClaimReviewPageAsync(HttpContext http, long id, ReviewService reviews, DraftReplyWriter drafts, IOptions<ReviewOptions> options, CancellationToken cancellationToken)
    {
        var page = ReviewPageContext.Of(http);
        try
        {
            var item = await reviews.GetAsync(page.Actor, id, cancellationToken);
            var document = ClaimReviewDocument.Create(item.Item, options.Value.Publisher, drafts);
            return document is null
                ? MessagePage.Result(StatusCodes.Status404NotFound, "Chưa có kết luận", "Mục chưa có kết luận về thông tin nên chưa có ClaimReview.", $"/review/items/{id}", "Quay lại mục", page)
                : Results.Text(ClaimReviewDocument.ToJson(document), ClaimReviewDocument.MediaType, Encoding.UTF8);
        }
        catch (ReviewException exception)
        {
            return Refused(page, id, exception);
        }
    }

    private static async Task<IResult> ChangeAsync(HttpContext http, long id, Func<ReviewActor, IFormCollection, long, Task> change)
    {
        if (!await http.RequestServices.GetRequiredService<IAntiforgery>().IsRequestValidAsync(http))
        {
            return InvalidForm(http);
        }

        var page = ReviewPageContext.Of(http);
        var form = await http.Request.ReadFormAsync(http.RequestAborted);
        if (!long.TryParse(form["version"], out var version))
        {
            return MessagePage.Result(StatusCodes.Status400BadRequest, "Biểu mẫu không hợp lệ", "Thiếu phiên bản của mục. Vui lòng tải lại trang.", $"/review/items/{id}", "Tải lại mục", page);
        }

        try
        {
            await change(page.Actor, form, version);
            return Results.Redirect($"/review/items/{id}");
        }
        catch (ReviewException exception)
        {
            return Refused(page, id, exception);
        }
    }

    private static IResult Refused(ReviewPageContext page, long id, ReviewException exception) => exception.Kind switch
    {
        ReviewErrorKind.NotFound => MessagePage.Result(StatusCodes.Status404NotFound, "Không tìm thấy", exception.Message, "/review", "Về hàng đợi", page),
        ReviewErrorKind.Conflict => MessagePage.Result(StatusCodes.Status409Conflict, "Mục đã thay đổi", exception.Message, $"/review/items/{id}", "Tải lại mục", page),
        _ => MessagePage.Result(StatusCodes.Status400BadRequest, "Không thực hiện được", exception.Message, $"/review/items/{id}", "Quay lại mục", page),
    };

    private static IResult InvalidForm(HttpContext http) => MessagePage.Result(
        StatusCodes.Status400BadRequest,
        "Biểu mẫu không hợp lệ",
        "Biểu mẫu thiếu mã chống giả mạo hoặc phiên làm việc đã hết hạn. Vui lòng tải lại trang rồi thử lại.",
        "/review",
        "Tải lại hàng đợi",
        null);
}
