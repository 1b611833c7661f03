namespace Assistant.Web.Review;

/// <summary>The review dashboard and API in one call for the host.</summary>
public static class ReviewEndpoints
{
    /// <summary>Maps <c>/review</c> and <c>/api/review</c>.</summary>
    public static void MapReview(this IEndpointRouteBuilder app)
    {
        app.MapReviewPages();
        app.MapReviewApi();
        app.MapReviewPosts();
    }
}
