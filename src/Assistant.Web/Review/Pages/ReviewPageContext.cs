using Assistant.Review.Workflow;
using Microsoft.AspNetCore.Antiforgery;

namespace Assistant.Web.Review.Pages;

/// <summary>What every dashboard page needs: who is looking and the antiforgery tokens for its forms.</summary>
/// <param name="Actor">The logged-in account.</param>
/// <param name="Csrf">Antiforgery tokens (the cookie is set when they are created).</param>
public sealed record ReviewPageContext(ReviewActor Actor, AntiforgeryTokenSet Csrf)
{
    /// <summary>The context of the current request.</summary>
    public static ReviewPageContext Of(HttpContext http) =>
        new(ReviewAuth.ActorOf(http.User), http.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(http));
}
