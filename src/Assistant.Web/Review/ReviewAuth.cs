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

    /// <summary>
    /// The scheme every request is authenticated by: it forwards to the API key when an <c>X-Api-Key</c> header is sent
    /// (the cookie is then not read at all), else to the cookie, so a request has exactly one principal.
    /// </summary>
    public const string CredentialScheme = "credential";

    /// <summary>Policy of the dashboard pages: a logged-in account.</summary>
    public const string PagePolicy = "review:page";

    /// <summary>Policy of reading the API: an account, or a key with <c>review:read</c> or <c>review:write</c>.</summary>
    public const string ReadPolicy = Core.Configuration.ApiScopes.ReviewRead;

    /// <summary>Policy of changing through the API: an account, or a key with <c>review:write</c>.</summary>
    public const string WritePolicy = Core.Configuration.ApiScopes.ReviewWrite;

    /// <summary>Policy of reading official answers: an account, or a key with a review or answers scope.</summary>
    public const string AnswersReadPolicy = "answers:read";

    /// <summary>Policy of writing official answers as drafts: an account, or a key with <c>answers:write</c>.</summary>
    public const string AnswersWritePolicy = Core.Configuration.ApiScopes.AnswersWrite;

    /// <summary>Policy of publishing and withdrawing official answers: an admin's account, or a key with <c>answers:publish</c>.</summary>
    public const string AnswersPublishPolicy = Core.Configuration.ApiScopes.AnswersPublish;

    /// <summary>Claim holding a spokesperson's province slug.</summary>
    public const string ProvinceClaim = "province";

    /// <summary>Claim holding the server-side session id of a login.</summary>
    public const string SessionClaim = "sid";

    /// <summary>The claims of a logged-in account in session <paramref name="sessionId"/>.</summary>
    public static ClaimsPrincipal PrincipalOf(ReviewAccount account, string sessionId)
    {
        var claims = new List<Claim> { new(ClaimTypes.Name, account.Login), new(ClaimTypes.Role, account.Role), new(SessionClaim, sessionId) };
        if (account.Province is not null)
        {
            claims.Add(new Claim(ProvinceClaim, account.Province));
        }

        return new ClaimsPrincipal(new ClaimsIdentity(claims, CookieScheme));
    }

    /// <summary>The session id of a cookie principal, or null.</summary>
    public static string? SessionOf(ClaimsPrincipal user) => user.FindFirstValue(SessionClaim);

    /// <summary>The scheme that authenticates <paramref name="request"/>: the API key when its header is present, else the cookie.</summary>
    public static string SchemeOf(HttpRequest request) =>
        request.Headers.ContainsKey(ApiKeyAuthenticationHandler.HeaderName) ? ApiKeyAuthenticationHandler.SchemeName : CookieScheme;

    /// <summary>The actor a request acts as: the account, or an API key acting with admin reach.</summary>
    public static ReviewActor ActorOf(ClaimsPrincipal user) =>
        IsApiKey(user)
            ? new ReviewActor(user.Identity!.Name!, ReviewRoles.Admin, null)
            : new ReviewActor(user.Identity!.Name!, user.FindFirstValue(ClaimTypes.Role) ?? ReviewRoles.Spokesperson, user.FindFirstValue(ProvinceClaim));

    /// <summary>True when the request was authenticated by an API key (not by the browser's cookie).</summary>
    public static bool IsApiKey(ClaimsPrincipal user) => SoleIdentity(user)?.AuthenticationType == ApiKeyAuthenticationHandler.SchemeName;

    /// <summary>
    /// True for a logged-in account, or a key holding one of the scopes; the principal must carry exactly one
    /// authenticated identity, and only that identity's claims count.
    /// </summary>
    public static bool Allows(ClaimsPrincipal user, params string[] scopes) => SoleIdentity(user) switch
    {
        { AuthenticationType: CookieScheme } account => account.HasClaim(c => c.Type == ClaimTypes.Role),
        { AuthenticationType: ApiKeyAuthenticationHandler.SchemeName } key => key.Claims.Any(c => c.Type == ApiKeyAuthenticationHandler.ScopeClaim && scopes.Contains(c.Value)),
        _ => false,
    };

    /// <summary>True for a logged-in admin, or a key holding <paramref name="scope"/>.</summary>
    public static bool AllowsAdmin(ClaimsPrincipal user, string scope) =>
        Allows(user, scope) && (IsApiKey(user) || user.IsInRole(ReviewRoles.Admin));

    private static ClaimsIdentity? SoleIdentity(ClaimsPrincipal user)
    {
        var authenticated = user.Identities.Where(i => i.IsAuthenticated).Take(2).ToList();
        return authenticated.Count == 1 ? authenticated[0] : null;
    }
}
