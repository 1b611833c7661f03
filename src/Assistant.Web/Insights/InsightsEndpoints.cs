using Assistant.Review.Insights;
using Assistant.Review.Workflow;
using Assistant.Web.Api;
using Assistant.Web.Operations;
using Assistant.Web.Review;

namespace Assistant.Web.Insights;

/// <summary><c>GET /api/insights/questions</c>: the information gaps of a period (scope <c>review:read</c>, or an account).</summary>
public static class InsightsEndpoints
{
    /// <summary>Maps the route.</summary>
    public static void MapInsightsApi(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/insights/questions", QuestionsAsync)
            .RequireAuthorization(ReviewAuth.ReadPolicy).RequireRateLimiting(ClientRateLimiting.PolicyName).WithTags("Insights")
            .WithSummary("Chủ đề câu hỏi của người dân trong kỳ (from, to, province), nhu cầu chưa được đáp ứng trước")
            .Produces<InsightsReport>().ProducesProblem(400);

    /// <summary>The report of the request's period for its caller, or the problem of a bad period.</summary>
    public static async Task<(InsightsReport? Report, PeriodQuery? Period, string? Error)> BuildAsync(HttpContext http, CancellationToken cancellationToken)
    {
        var services = http.RequestServices;
        var zone = services.GetRequiredService<ReviewClock>().Zone;
        var (period, error) = PeriodQuery.Parse(http.Request.Query, zone, services.GetRequiredService<TimeProvider>().GetUtcNow());
        if (period is null)
        {
            return (null, null, error);
        }

        var report = await services.GetRequiredService<InsightsService>().BuildAsync(ReviewAuth.ActorOf(http.User), period.From, period.To, period.Province, cancellationToken);
        return (report, period, null);
    }

    private static async Task<IResult> QuestionsAsync(HttpContext http, CancellationToken cancellationToken)
    {
        var (report, _, error) = await BuildAsync(http, cancellationToken);
        return report is null ? ApiProblems.Result(StatusCodes.Status400BadRequest, error!) : TypedResults.Ok(report);
    }
}
