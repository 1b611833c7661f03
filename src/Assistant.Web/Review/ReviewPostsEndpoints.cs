using Assistant.Review.Posts;
using Assistant.Review.Workflow;
using Assistant.Web.Api;
using Assistant.Web.Operations;
using Assistant.Web.Review.Api;
using Assistant.Web.Review.Pages;
using Microsoft.AspNetCore.Antiforgery;

namespace Assistant.Web.Review;

/// <summary>
/// Every post the monitor took in, flagged or not: <c>/review/posts</c> (page) and <c>/api/review/posts</c> (API) to search
/// and filter them (a spokesperson sees their province's, an admin all), and "đưa vào hàng chờ" with a note.
/// </summary>
public static class ReviewPostsEndpoints
{
    /// <summary>Maps the page, its form and the API routes.</summary>
    public static void MapReviewPosts(this IEndpointRouteBuilder app)
    {
        var pages = app.MapGroup("/review/posts").RequireAuthorization(ReviewAuth.PagePolicy).ExcludeFromDescription();
        pages.MapGet("/", PageAsync);
        pages.MapPost("/{id:long}/escalate", EscalateFormAsync);

        app.MapGet("/api/review/posts", ListAsync).RequireAuthorization(ReviewAuth.ReadPolicy).RequireRateLimiting(ClientRateLimiting.PolicyName).WithTags("Review")
            .WithSummary("Mọi bài viết đã nhận, gắn cờ hay không (lọc: q, source, from, to, minScore, label, flagged, limit), mới nhất trước")
            .Produces<List<PostResponse>>().ProducesProblem(StatusCodes.Status400BadRequest);
        app.MapPost("/api/review/posts/{id:long}/escalate", EscalateAsync).RequireAuthorization(ReviewAuth.WritePolicy).RequireRateLimiting(ClientRateLimiting.PolicyName)
            .WithTags("Review").AddEndpointFilter(ReviewApiEndpoints.RequireCsrfForCookies)
            .WithSummary("Đưa một bài viết chưa gắn cờ vào hàng chờ, kèm ghi chú")
            .Accepts<EscalateRequest>("application/json")
            .Produces(StatusCodes.Status201Created).ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> ListAsync(HttpContext http, PostBrowser posts, ReviewClock clock, CancellationToken cancellationToken)
    {
        var (search, error) = PostQuery.Parse(http.Request.Query, clock);
        if (error is not null)
        {
            return ApiProblems.Result(StatusCodes.Status400BadRequest, error);
        }

        var found = await posts.SearchAsync(ReviewAuth.ActorOf(http.User), search, cancellationToken);
        return TypedResults.Ok(found.Select(PostResponse.Of).ToList());
    }

    private static async Task<IResult> EscalateAsync(HttpContext http, long id, PostBrowser posts, CancellationToken cancellationToken)
    {
        var (body, problem) = await JsonBody.ReadAsync<EscalateRequest>(http.Request, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        try
        {
            var itemId = await posts.EscalateAsync(ReviewAuth.ActorOf(http.User), id, body!.Note, cancellationToken);
            return Results.Created($"/api/review/items/{itemId}", new { itemId });
        }
        catch (ReviewException exception)
        {
            return ReviewApiEndpoints.Problem(exception);
        }
    }

    private static async Task<IResult> PageAsync(HttpContext http, PostBrowser posts, CancellationToken cancellationToken)
    {
        var page = ReviewPageContext.Of(http);
        var (search, error) = PostQuery.Parse(http.Request.Query, page.Clock);
        if (error is not null)
        {
            return MessagePage.Result(StatusCodes.Status400BadRequest, "Bộ lọc không hợp lệ", error, "/review/posts", "Xem mọi bài viết", page);
        }

        var found = await posts.SearchAsync(page.Actor, search, cancellationToken);
        var directory = http.RequestServices.GetRequiredService<ReviewDirectory>();
        return Html.Result(PostsPage.Render(page, found, http.Request.Query, directory.Provinces));
    }

    private static async Task<IResult> EscalateFormAsync(HttpContext http, long id, PostBrowser posts, CancellationToken cancellationToken)
    {
        if (!await http.RequestServices.GetRequiredService<IAntiforgery>().IsRequestValidAsync(http))
        {
            return MessagePage.Result(StatusCodes.Status400BadRequest, "Biểu mẫu không hợp lệ", "Biểu mẫu thiếu mã chống giả mạo hoặc phiên làm việc đã hết hạn. Vui lòng tải lại trang rồi thử lại.", "/review/posts", "Tải lại trang bài viết", null);
        }

        var page = ReviewPageContext.Of(http);
        var form = await http.Request.ReadFormAsync(cancellationToken);
        try
        {
            var itemId = await posts.EscalateAsync(page.Actor, id, form["note"].ToString(), cancellationToken);
            return Results.Redirect($"/review/items/{itemId}");
        }
        catch (ReviewException exception)
        {
            var status = exception.Kind == ReviewErrorKind.NotFound ? StatusCodes.Status404NotFound : StatusCodes.Status400BadRequest;
            return MessagePage.Result(status, "Không đưa được vào hàng chờ", exception.Message, "/review/posts", "Quay lại trang bài viết", page);
        }
    }
}
