using System.Security.Claims;
using System.Text.Json;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Protocols.OpenIdConnect;
using Microsoft.IdentityModel.Tokens;

namespace Assistant.Channels.BotFramework;

/// <summary>
/// Checks a request the way the Bot Connector's own SDK does: the <c>Authorization: Bearer</c> JWT through the
/// ASP.NET JWT bearer handler (issuer, audience = app id, lifetime, a signing key from the OpenID metadata's JWKS),
/// then against the activity: the signing key must be endorsed for its <c>channelId</c> and the token's
/// <c>serviceurl</c> claim must equal its <c>serviceUrl</c>, so a reply (with our token) goes only where the
/// Bot Connector said.
/// </summary>
internal sealed class BotFrameworkAuthenticator(IOptionsMonitor<JwtBearerOptions> jwt, ILogger<BotFrameworkAuthenticator> logger)
{
    /// <summary>The authentication scheme name.</summary>
    public const string Scheme = "BotFramework";

    /// <summary>The claim carrying the Bot Connector address the token was issued for.</summary>
    public const string ServiceUrlClaim = "serviceurl";

    private const string EndorsementsProperty = "endorsements";

    /// <summary>Sets the JWT bearer handler up for <paramref name="settings"/>.</summary>
    public static void Configure(JwtBearerOptions options, BotFrameworkOptions settings)
    {
        options.MetadataAddress = settings.OpenIdMetadataUrl;
        options.RequireHttpsMetadata = new Uri(settings.OpenIdMetadataUrl).Scheme == Uri.UriSchemeHttps;
        options.MapInboundClaims = false;
        options.SaveToken = true;
        options.TokenValidationParameters = new TokenValidationParameters
        {
            ValidIssuer = settings.Issuer,
            ValidAudience = settings.AppId,
            ValidateIssuer = true,
            ValidateAudience = true,
            ValidateLifetime = true,
            RequireExpirationTime = true,
            RequireSignedTokens = true,
            ValidAlgorithms = [SecurityAlgorithms.RsaSha256],
            ClockSkew = TimeSpan.FromSeconds(settings.ClockSkewSeconds),
        };
    }

    /// <summary>
    /// The caller of a request whose bearer token is valid, or null (the reason is logged); <c>Unavailable</c> when the
    /// token could not be checked because the OpenID metadata or its keys could not be fetched.
    /// </summary>
    public async Task<(BotFrameworkCaller? Caller, bool Unavailable)> AuthenticateAsync(HttpContext http)
    {
        var result = await http.AuthenticateAsync(Scheme);
        if (result.Failure is not null && !await HasSigningKeysAsync(http.RequestAborted))
        {
            logger.LogError("Bot Framework request not checked: no signing keys could be read from the OpenID metadata");
            return (null, true);
        }

        if (!result.Succeeded || result.Principal is null || result.Properties?.GetTokenValue("access_token") is not { } token)
        {
            logger.LogWarning("Bot Framework request refused: {Reason}", result.Failure?.Message ?? "no bearer token");
            return (null, false);
        }

        return (new BotFrameworkCaller(result.Principal, new JsonWebToken(token).Kid), false);
    }

    /// <summary>True when <paramref name="caller"/>'s token was issued for <paramref name="activity"/>'s channel and Bot Connector.</summary>
    public async Task<bool> AllowsAsync(BotFrameworkCaller caller, BotActivity activity, CancellationToken cancellationToken)
    {
        var claimed = caller.Principal.FindFirstValue(ServiceUrlClaim);
        if (claimed is null || !string.Equals(claimed.TrimEnd('/'), activity.ServiceUrl?.TrimEnd('/'), StringComparison.Ordinal))
        {
            logger.LogWarning("Bot Framework request refused: the token's serviceurl claim does not match the activity");
            return false;
        }

        var configuration = await ConfigurationAsync(cancellationToken);
        var key = configuration.JsonWebKeySet?.Keys.FirstOrDefault(k => k.Kid is not null && k.Kid == caller.KeyId);
        if (key is null || !Endorsements(key).Contains(activity.ChannelId ?? "", StringComparer.OrdinalIgnoreCase))
        {
            logger.LogWarning("Bot Framework request refused: the signing key is not endorsed for channel {ChannelId}", activity.ChannelId);
            return false;
        }

        return true;
    }

    private Task<OpenIdConnectConfiguration> ConfigurationAsync(CancellationToken cancellationToken) =>
        (jwt.Get(Scheme).ConfigurationManager
            ?? throw new InvalidOperationException("The Bot Framework JWT handler has no configuration manager.")).GetConfigurationAsync(cancellationToken);

    private async Task<bool> HasSigningKeysAsync(CancellationToken cancellationToken)
    {
        try
        {
            return (await ConfigurationAsync(cancellationToken)).SigningKeys.Count > 0;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static IEnumerable<string> Endorsements(JsonWebKey key) =>
        key.AdditionalData.TryGetValue(EndorsementsProperty, out var value) ? value switch
        {
            JsonElement { ValueKind: JsonValueKind.Array } array => array.EnumerateArray().Select(e => e.ToString()),
            IEnumerable<object> items => items.Select(i => i.ToString() ?? ""),
            _ => [],
        } : [];
}
