using Assistant.Review.Official;
using Assistant.Review.Workflow;
using Assistant.Web.Api;
using Assistant.Web.Operations;
using Assistant.Web.Review;

namespace Assistant.Web.Official;

/// <summary>
/// <c>/api/official-answers</c>: official answers of the department. Reading: an account or a key with a review or answers
/// scope; creating a draft: an account or <c>answers:write</c>; publishing and withdrawing: an admin's account or
/// <c>answers:publish</c>. Cookie changes need the <c>X-CSRF-TOKEN</c> header.
/// </summary>
public static class OfficialAnswerEndpoints
{
    /// <summary>Maps the routes.</summary>
    public static void MapOfficialAnswers(this IEndpointRouteBuilder app)
    {
        var group = app.MapGroup("/api/official-answers").RequireRateLimiting(ClientRateLimiting.PolicyName).WithTags("Official answers");
        group.MapGet("", ListAsync).RequireAuthorization(ReviewAuth.AnswersReadPolicy)
            .WithSummary("Danh sách giải đáp chính thức").Produces<List<OfficialAnswerResponse>>();
        group.MapGet("/{id:long}", GetAsync).RequireAuthorization(ReviewAuth.AnswersReadPolicy)
            .WithSummary("Một giải đáp chính thức, kèm lịch sử").Produces<OfficialAnswerResponse>().ProducesProblem(404);
        group.MapPost("", CreateAsync).RequireAuthorization(ReviewAuth.AnswersWritePolicy).AddEndpointFilter(ReviewApiEndpoints.RequireCsrfForCookies)
            .WithSummary("Lưu bản nháp giải đáp chính thức").Accepts<OfficialAnswerRequest>("application/json")
            .Produces<OfficialAnswerResponse>(StatusCodes.Status201Created).ProducesProblem(400);
        group.MapPost("/{id:long}/publish", (HttpContext http, long id, OfficialAnswerService answers, CancellationToken ct) =>
                ChangeAsync(http, (actor, version) => answers.PublishAsync(actor, id, version, ct), ct))
            .RequireAuthorization(ReviewAuth.AnswersPublishPolicy).AddEndpointFilter(ReviewApiEndpoints.RequireCsrfForCookies)
            .WithSummary("Công bố giải đáp chính thức").Produces<OfficialAnswerResponse>().ProducesProblem(404).ProducesProblem(409);
        group.MapPost("/{id:long}/withdraw", (HttpContext http, long id, OfficialAnswerService answers, CancellationToken ct) =>
                ChangeAsync(http, (actor, version) => answers.WithdrawAsync(actor, id, version, ct), ct))
            .RequireAuthorization(ReviewAuth.AnswersPublishPolicy).AddEndpointFilter(ReviewApiEndpoints.RequireCsrfForCookies)
            .WithSummary("Rút giải đáp chính thức").Produces<OfficialAnswerResponse>().ProducesProblem(404).ProducesProblem(409);
    }

    private static async Task<IResult> ListAsync(HttpContext http, OfficialAnswerService answers, CancellationToken cancellationToken) =>
        TypedResults.Ok((await answers.ListAsync(ReviewAuth.ActorOf(http.User), cancellationToken)).Select(a => OfficialAnswerResponse.Of(a)).ToList());

    private static async Task<IResult> GetAsync(HttpContext http, long id, OfficialAnswerService answers, CancellationToken cancellationToken)
    {
        try
        {
            var (answer, history) = await answers.DetailAsync(ReviewAuth.ActorOf(http.User), id, cancellationToken);
            return TypedResults.Ok(OfficialAnswerResponse.Of(answer, history));
        }
        catch (ReviewException exception)
        {
            return ReviewApiEndpoints.Problem(exception);
        }
    }

    private static async Task<IResult> CreateAsync(HttpContext http, OfficialAnswerService answers, CancellationToken cancellationToken)
    {
        var (body, problem) = await JsonBody.ReadAsync<OfficialAnswerRequest>(http.Request, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        try
        {
            var created = await answers.CreateAsync(ReviewAuth.ActorOf(http.User), body!.ToInput(), cancellationToken);
            return TypedResults.Created($"/api/official-answers/{created.Id}", OfficialAnswerResponse.Of(created));
        }
        catch (ReviewException exception)
        {
            return ReviewApiEndpoints.Problem(exception);
        }
    }

    private static async Task<IResult> ChangeAsync(HttpContext http, Func<ReviewActor, long?, Task<Core.Official.OfficialAnswer>> change, CancellationToken cancellationToken)
    {
        long? version = null;
        if (http.Request.ContentLength is > 0 || http.Request.HasJsonContentType())
        {
            var (body, problem) = await JsonBody.ReadAsync<OfficialStateRequest>(http.Request, cancellationToken);
            if (problem is not null)
            {
                return problem;
            }

            version = body!.Version;
        }

        try
        {
            return TypedResults.Ok(OfficialAnswerResponse.Of(await change(ReviewAuth.ActorOf(http.User), version)));
        }
        catch (ReviewException exception)
        {
            return ReviewApiEndpoints.Problem(exception);
        }
    }
}
