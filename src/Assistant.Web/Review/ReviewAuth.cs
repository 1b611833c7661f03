using System.Security.Claims;
using Assistant.Review.Accounts;
using Assistant.Review.Workflow;
using Assistant.Web.Security;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Assistant.Web.Review;

/// <summary>Schemes, policies and claims of the review dashboard and API.</summary>
public static class ReviewAuth
{
    /// <summary>The dashboard's cookie scheme.</summary>
    public const string CookieScheme = CookieAuthenticationDefaults.AuthenticationScheme;

    /// <summary>Policy of the dashboard pages: a logged-in account.</summary>
    public const string PagePolicy = "review:page";

    /// <summary>Policy of reading the API: an account, or a key with <c>review:read</c> or <c>review:write</c>.</summary>
    public const string ReadPolicy = "review:read";

    /// <summary>Policy of changing through the API: an account, or a key with <c>review:write</c>.</summary>
    public const string WritePolicy = "review:write";

    /// <summary>Claim holding a spokesperson's province slug.</summary>
    public const string ProvinceClaim = "province";

    /// <summary>The claims of a logged-in account.</summary>
    public static ClaimsPrincipal PrincipalOf(ReviewAccount account)
    {
        var claims = new List<Claim> { new(ClaimTypes.Name, account.Login), new(ClaimTypes.Role, account.Role) };
        if (account.Province is not null)
        {
            claims.Add(new Claim(ProvinceClaim, account.Province));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, CookieScheme));
    }

    /// <summary>The actor a request acts as: the account, or an API key acting with admin reach.</summary>
    public static ReviewActor ActorOf(ClaimsPrincipal user) =>
        IsApiKey(user)
            ? new ReviewActor(user.Identity!.Name!, ReviewRoles.Admin, null)
            : new ReviewActor(user.Identity!.Name!, user.FindFirstValue(ClaimTypes.Role) ?? ReviewRoles.Spokesperson, user.FindFirstValue(ProvinceClaim));

    /// <summary>True when the request was authenticated by an API key (not by the browser's cookie).</summary>
    public static bool IsApiKey(ClaimsPrincipal user) =>
        user.Identities.Any(i => i.IsAuthenticated && i.AuthenticationType == ApiKeyAuthenticationHandler.SchemeName);

    /// <summary>True for a logged-in account, or a key holding one of the scopes.</summary>
    public static bool Allows(ClaimsPrincipal user, params string[] scopes) =>
        user.Identities.Any(i => i.IsAuthenticated && i.AuthenticationType == CookieScheme && i.HasClaim(c => c.Type == ClaimTypes.Role))
        || user.Claims.Any(c => c.Type == ApiKeyAuthenticationHandler.ScopeClaim && scopes.Contains(c.Value));
}
