using Assistant.Review.Drafts;
using Assistant.Review.Workflow;
using Microsoft.AspNetCore.Antiforgery;

namespace Assistant.Web.Review.Pages;

/// <summary>What every dashboard page needs: who is looking, the antiforgery tokens for its forms, how times and documents are named.</summary>
/// <param name="Actor">The logged-in account.</param>
/// <param name="Csrf">Antiforgery tokens (the cookie is set when they are created).</param>
/// <param name="Clock">Shows times in the configured zone (Vietnam time by default).</param>
/// <param name="Drafts">Names documents by their short titles (<see cref="DraftReplyWriter.TitleOf"/>).</param>
/// <param name="Provinces">Names provinces.</param>
public sealed record ReviewPageContext(ReviewActor Actor, AntiforgeryTokenSet Csrf, ReviewClock Clock, DraftReplyWriter Drafts, ItemProvinceResolver Provinces)
{
    /// <summary>The context of the current request.</summary>
    public static ReviewPageContext Of(HttpContext http) => new(
        ReviewAuth.ActorOf(http.User),
        http.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(http),
        http.RequestServices.GetRequiredService<ReviewClock>(),
        http.RequestServices.GetRequiredService<DraftReplyWriter>(),
        http.RequestServices.GetRequiredService<ItemProvinceResolver>());

    /// <summary>A time as the page shows it ("20/01/2026 14:05").</summary>
    public string Time(DateTimeOffset time, bool seconds = false) => Clock.Format(time, seconds);

    /// <summary>A document's short title (its id when the index does not know it).</summary>
    public string TitleOf(string docId) => Drafts.TitleOf(docId);
}
