using System.Security.Claims;
using System.Text.Encodings.Web;
using Assistant.Web.Api;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Options;

namespace Assistant.Web.Security;

/// <summary>Authenticates the <c>X-Api-Key</c> header against <c>Api:Keys</c> (constant-time comparison); the key's scopes become <c>scope</c> claims.</summary>
public sealed class ApiKeyAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    IOptionsMonitor<ApiKeyOptions> keys)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    /// <summary>The scheme name.</summary>
    public const string SchemeName = "ApiKey";

    /// <summary>The request header carrying the key.</summary>
    public const string HeaderName = "X-Api-Key";

    /// <summary>The claim type of a scope.</summary>
    public const string ScopeClaim = "scope";

    /// <inheritdoc />
    protected override Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        if (!Request.Headers.TryGetValue(HeaderName, out var values) || values.Count != 1 || string.IsNullOrEmpty(values[0]))
        {
            return Task.FromResult(AuthenticateResult.NoResult());
        }

        var key = keys.CurrentValue.Find(values[0]);
        if (key is null)
        {
            return Task.FromResult(AuthenticateResult.Fail("Unknown API key."));
        }

        var claims = new List<Claim> { new(ClaimTypes.Name, "api:" + key.Name) };
        claims.AddRange(key.Scopes.Select(scope => new Claim(ScopeClaim, scope)));
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
        return Task.FromResult(AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName)));
    }

    /// <summary>Writes the Vietnamese problem of a refused API call (401: no or a wrong credential; 403: not allowed), unless the answer has started.</summary>
    public static Task DenyAsync(HttpContext http, int status) => http.Response.HasStarted
        ? Task.CompletedTask
        : ApiProblems.WriteAsync(http, status, status == StatusCodes.Status401Unauthorized
            ? "Vui lòng đăng nhập hoặc gửi khóa API (X-Api-Key) hợp lệ."
            : "Tài khoản hoặc khóa API này không có quyền thực hiện thao tác.");

    /// <inheritdoc />
    protected override Task HandleChallengeAsync(AuthenticationProperties properties) => DenyAsync(Context, StatusCodes.Status401Unauthorized);

    /// <inheritdoc />
    protected override Task HandleForbiddenAsync(AuthenticationProperties properties) => DenyAsync(Context, StatusCodes.Status403Forbidden);
}
