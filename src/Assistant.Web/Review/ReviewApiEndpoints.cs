using System.Text;
using Assistant.Review;
using Assistant.Review.Drafts;
using Assistant.Review.Feedback;
using Assistant.Review.Items;
using Assistant.Review.Reports;
using Assistant.Review.Workflow;
using Assistant.Web.Api;
using Assistant.Web.Operations;
using Assistant.Web.Review.Api;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.Extensions.Options;

namespace Assistant.Web.Review;

/// <summary>
/// <c>/api/review/…</c>: the dashboard's actions for programs. Cookie (with the <c>X-CSRF-TOKEN</c> header on changes) or
/// <c>X-Api-Key</c> with scope <c>review:read</c> / <c>review:write</c>. Stale versions get 409.
/// </summary>
public static class ReviewApiEndpoints
{
    /// <summary>Maps the routes.</summary>
    public static void MapReviewApi(this IEndpointRouteBuilder app)
    {
        var read = app.MapGroup("/api/review").RequireAuthorization(ReviewAuth.ReadPolicy).RequireRateLimiting(ClientRateLimiting.PolicyName).WithTags("Review");
        read.MapGet("/items", ListAsync).WithSummary("Danh sách mục (lọc: state, province, minRisk, from, to), ưu tiên cao trước").Produces<List<ReviewItemResponse>>();
        read.MapGet("/items/{id:long}", GetAsync).WithSummary("Một mục, kèm lịch sử").Produces<ReviewItemResponse>().ProducesProblem(404);
        read.MapGet("/items/{id:long}/claimreview", ClaimReviewAsync).WithSummary("Kết luận dạng schema.org ClaimReview (JSON-LD)").ProducesProblem(404);
        read.MapGet("/export.csv", CsvAsync).WithSummary("Xuất CSV các mục");
        read.MapGet("/export/training", TrainingAsync).WithSummary("Xuất dữ liệu huấn luyện JSONL từ các mục đã kết luận");
        read.MapGet("/report", ReportAsync).WithSummary("Báo cáo theo trạng thái, tỉnh, tuần; thời gian đến khi kết luận").Produces<ReviewReport>();
        read.MapGet("/antiforgery", (HttpContext http, IAntiforgery antiforgery) =>
        {
            var tokens = antiforgery.GetAndStoreTokens(http);
            return TypedResults.Ok(new { headerName = tokens.HeaderName, token = tokens.RequestToken });
        }).WithSummary("Mã chống giả mạo cho các thay đổi gửi kèm cookie");

        var write = app.MapGroup("/api/review/items/{id:long}").RequireAuthorization(ReviewAuth.WritePolicy).RequireRateLimiting(ClientRateLimiting.PolicyName)
            .WithTags("Review").AddEndpointFilter(RequireCsrfForCookies);
        MapChange<AssignRequest>(write, "/assign", "Giao mục cho tài khoản", (reviews, actor, id, body, ct) => reviews.AssignAsync(actor, id, body.Version, body.Login ?? "", ct));
        MapChange<StateRequest>(write, "/state", "Đổi trạng thái", (reviews, actor, id, body, ct) => reviews.SetStateAsync(actor, id, body.Version, body.State ?? "", ct));
        MapChange<VerdictRequest>(write, "/verdict", "Ghi kết luận", (reviews, actor, id, body, ct) => reviews.SetVerdictAsync(actor, id, body.Version, body.Verdict ?? "", body.Note, ct));
        MapChange<NoteRequest>(write, "/notes", "Thêm ghi chú", (reviews, actor, id, body, ct) => reviews.AddNoteAsync(actor, id, body.Version, body.Text ?? "", ct));
        MapChange<DraftRequest>(write, "/draft", "Lưu bản nháp phản hồi, hoặc tạo bản nháp trích dẫn khi để trống", (reviews, actor, id, body, ct) => reviews.SaveDraftAsync(actor, id, body.Version, body.Text, ct));
    }

    /// <summary>Maps a refused action to its Vietnamese problem.</summary>
    public static IResult Problem(ReviewException exception) => ApiProblems.Result(
        exception.Kind switch
        {
            ReviewErrorKind.NotFound => StatusCodes.Status404NotFound,
            ReviewErrorKind.Conflict => StatusCodes.Status409Conflict,
            _ => StatusCodes.Status400BadRequest,
        },
        exception.Message);

    private static void MapChange<T>(RouteGroupBuilder group, string path, string summary, Func<ReviewService, ReviewActor, long, T, CancellationToken, Task<ReviewItem>> change)
        where T : class =>
        group.MapPost(path, (HttpContext http, long id, ReviewService reviews, CancellationToken ct) => ChangeAsync<T>(http, (actor, body) => change(reviews, actor, id, body, ct), ct))
            .WithSummary(summary)
            .Accepts<T>("application/json")
            .Produces<ReviewItemResponse>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);

    /// <summary>Refuses a change sent with the session cookie but without the antiforgery header (API keys need none).</summary>
    internal static async ValueTask<object?> RequireCsrfForCookies(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (!ReviewAuth.IsApiKey(http.User) && !await http.RequestServices.GetRequiredService<IAntiforgery>().IsRequestValidAsync(http))
        {
            return ApiProblems.Result(StatusCodes.Status400BadRequest, "Thiếu hoặc sai mã chống giả mạo (X-CSRF-TOKEN). Vui lòng tải lại trang rồi thử lại.");
        }

        return await next(context);
    }

    private static async Task<IResult> ChangeAsync<T>(HttpContext http, Func<ReviewActor, T, Task<ReviewItem>> change, CancellationToken cancellationToken)
        where T : class
    {
        var (body, problem) = await JsonBody.ReadAsync<T>(http.Request, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        try
        {
            var item = await change(ReviewAuth.ActorOf(http.User), body!);
            var options = http.RequestServices.GetRequiredService<IOptions<ReviewOptions>>().Value;
            return TypedResults.Ok(ReviewItemResponse.Of(ReviewPriority.Rank(item, http.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow(), options)));
        }
        catch (ReviewException exception)
        {
            return Problem(exception);
        }
    }

    private static async Task<IResult> ListAsync(HttpContext http, ReviewService reviews, CancellationToken cancellationToken)
    {
        var (filter, error) = ReviewQuery.Parse(http.Request.Query);
        if (error is not null)
        {
            return ApiProblems.Result(StatusCodes.Status400BadRequest, error);
        }

        var items = await reviews.ListAsync(ReviewAuth.ActorOf(http.User), filter, cancellationToken);
        return TypedResults.Ok(items.Select(i => ReviewItemResponse.Of(i)).ToList());
    }

    private static async Task<IResult> GetAsync(HttpContext http, long id, ReviewService reviews, CancellationToken cancellationToken)
    {
        var actor = ReviewAuth.ActorOf(http.User);
        try
        {
            var (item, history) = await reviews.DetailAsync(actor, id, cancellationToken);
            return TypedResults.Ok(ReviewItemResponse.Of(item, history));
        }
        catch (ReviewException exception)
        {
            return Problem(exception);
        }
    }

    private static async Task<IResult> ClaimReviewAsync(HttpContext http, long id, ReviewService reviews, DraftReplyWriter drafts, IOptions<ReviewOptions> options, CancellationToken cancellationToken)
    {
        try
        {
            var item = await reviews.GetAsync(ReviewAuth.ActorOf(http.User), id, cancellationToken);
            var document = ClaimReviewDocument.Create(item.Item, options.Value.Publisher, drafts);
            return document is null
                ? ApiProblems.Result(StatusCodes.Status404NotFound, "Mục chưa có kết luận về thông tin nên chưa có ClaimReview.")
                : Results.Text(ClaimReviewDocument.ToJson(document), ClaimReviewDocument.MediaType, Encoding.UTF8);
        }
        catch (ReviewException exception)
        {
            return Problem(exception);
        }
    }

    /// <summary>The CSV export of the items the request may see, filtered like the list (a bad filter is a 400 problem).</summary>
    public static async Task<IResult> CsvAsync(HttpContext http, ReviewService reviews, CancellationToken cancellationToken)
    {
        var (filter, error) = ReviewQuery.Parse(http.Request.Query);
        if (error is not null)
        {
            return ApiProblems.Result(StatusCodes.Status400BadRequest, error);
        }

        var items = await reviews.ListAsync(ReviewAuth.ActorOf(http.User), filter, cancellationToken);
        using var writer = new StringWriter();
        await CsvExport.WriteAsync(items, writer, cancellationToken);
        return Results.File(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(writer.ToString())).ToArray(), "text/csv; charset=utf-8", "hang-doi-xem-xet.csv");
    }

    /// <summary>The training JSONL of the judged items the request may see.</summary>
    public static async Task<IResult> TrainingAsync(HttpContext http, ReviewService reviews, CancellationToken cancellationToken)
    {
        var items = await reviews.ListAsync(ReviewAuth.ActorOf(http.User), new ReviewFilter(), cancellationToken);
        using var writer = new StringWriter();
        await TrainingExport.WriteAsync(items.Select(i => i.Item), writer, cancellationToken);
        return Results.File(Encoding.UTF8.GetBytes(writer.ToString()), "application/x-ndjson; charset=utf-8", "review-training.jsonl");
    }

    /// <summary>The report over the items the request may see that match <paramref name="filter"/>.</summary>
    public static async Task<ReviewReport> BuildReportAsync(HttpContext http, ReviewFilter filter, ReviewService reviews, CancellationToken cancellationToken) =>
        ReviewReport.Build(await reviews.ListAsync(ReviewAuth.ActorOf(http.User), filter, cancellationToken));

    private static async Task<IResult> ReportAsync(HttpContext http, ReviewService reviews, CancellationToken cancellationToken)
    {
        var (filter, error) = ReviewQuery.Parse(http.Request.Query);
        return error is not null
            ? ApiProblems.Result(StatusCodes.Status400BadRequest, error)
            : TypedResults.Ok(await BuildReportAsync(http, filter, reviews, cancellationToken));
    }
}
