using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace Assistant.Channels.Tests.Fakes;

/// <summary>
/// A fake Bot Framework login on 127.0.0.1 (Kestrel): the OpenID metadata and its JWKS (generated RSA keys, each
/// endorsed for some channels, as login.botframework.com publishes them), a signer of Bot Connector tokens, and the
/// client-credentials token endpoint that gives the bot its outgoing tokens.
/// </summary>
public sealed class FakeBotFrameworkLogin : IAsyncDisposable
{
    /// <summary>The issuer the metadata names and tokens carry by default.</summary>
    public const string Issuer = "https://api.botframework.com";

    /// <summary>A key endorsed for every channel the tests use.</summary>
    public const string EndorsedKey = "key-all-channels";

    /// <summary>A key endorsed for Microsoft Teams only.</summary>
    public const string TeamsOnlyKey = "key-msteams-only";

    /// <summary>A key that signs tokens but is not published in the JWKS.</summary>
    public const string UnpublishedKey = "key-unpublished";

    /// <summary>Method names recorded in <see cref="Calls"/>.</summary>
    public const string MetadataCall = "metadata", KeysCall = "keys", TokenCall = "token";

    private static readonly Dictionary<string, string[]> Endorsements = new()
    {
        [EndorsedKey] = ["webchat", "msteams", "facebook", "directline"],
        [TeamsOnlyKey] = ["msteams"],
        [UnpublishedKey] = ["webchat", "msteams", "facebook"],
    };

    private readonly WebApplication _app;
    private readonly Dictionary<string, RsaSecurityKey> _keys;
    private readonly ConcurrentDictionary<string, bool> _issued = new();
    private int _tokens;

    private FakeBotFrameworkLogin(WebApplication app, string appId, string appPassword)
    {
        _app = app;
        AppId = appId;
        AppPassword = appPassword;
        _keys = Endorsements.Keys.ToDictionary(kid => kid, kid => new RsaSecurityKey(RSA.Create(2048)) { KeyId = kid });
    }

    /// <summary>Calls received (<see cref="MetadataCall"/>, <see cref="KeysCall"/>, <see cref="TokenCall"/>).</summary>
    public CallLog Calls { get; } = new();

    /// <summary>The bot's app id: the audience of tokens and the client id the token endpoint accepts.</summary>
    public string AppId { get; }

    /// <summary>The client secret the token endpoint accepts.</summary>
    public string AppPassword { get; }

    /// <summary>
    /// When set, the token endpoint wants a client assertion signed with this certificate's key (audience the token
    /// endpoint, issuer and subject the app id) instead of the client secret.
    /// </summary>
    public X509Certificate2? ClientCertificate { get; set; }

    /// <summary>Lifetime of the tokens the token endpoint gives, in seconds.</summary>
    public int TokenLifetimeSeconds { get; set; } = 3600;

    /// <summary>The server's base URL.</summary>
    public string BaseUrl => _app.Urls.First();

    /// <summary>The OpenID metadata address.</summary>
    public string MetadataUrl => BaseUrl + "/v1/.well-known/openidconfiguration";

    /// <summary>The client-credentials token endpoint.</summary>
    public string TokenEndpoint => BaseUrl + "/botframework.com/oauth2/v2.0/token";

    /// <summary>Starts the server on a free port.</summary>
    public static async Task<FakeBotFrameworkLogin> StartAsync(string appId, string appPassword)
    {
        var app = LoopbackApp.Create();
        var login = new FakeBotFrameworkLogin(app, appId, appPassword);
        app.MapGet("/v1/.well-known/openidconfiguration", login.Metadata);
        app.MapGet("/v1/.well-known/keys", login.Keys);
        app.MapPost("/botframework.com/oauth2/v2.0/token", login.IssueAsync);
        await app.StartAsync();
        return login;
    }

    /// <summary>True when <paramref name="token"/> is one the token endpoint issued and not revoked.</summary>
    public bool Issued(string token) => _issued.TryGetValue(token, out var valid) && valid;

    /// <summary>Makes the connector refuse <paramref name="token"/> from now on.</summary>
    public void Revoke(string token) => _issued[token] = false;

    /// <summary>
    /// A Bot Connector token for <paramref name="serviceUrl"/> signed with <paramref name="keyId"/>; audience, issuer
    /// and expiry default to the right ones.
    /// </summary>
    public string CreateToken(string serviceUrl, string keyId = EndorsedKey, string? audience = null, string? issuer = null, DateTime? expires = null)
    {
        var until = expires ?? DateTime.UtcNow.AddMinutes(30);
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer ?? Issuer,
            Audience = audience ?? AppId,
            IssuedAt = until.AddHours(-1),
            NotBefore = until.AddHours(-1),
            Expires = until,
            Claims = new Dictionary<string, object> { ["serviceurl"] = serviceUrl },
            SigningCredentials = new SigningCredentials(_keys[keyId], SecurityAlgorithms.RsaSha256),
        });
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private IResult Metadata()
    {
        Calls.Add(new RecordedCall(MetadataCall, [], new Dictionary<string, string>()));
        return Results.Json(new JsonObject
        {
            ["issuer"] = Issuer,
            ["authorization_endpoint"] = BaseUrl + "/v1/.well-known/authorize",
            ["jwks_uri"] = BaseUrl + "/v1/.well-known/keys",
            ["id_token_signing_alg_values_supported"] = new JsonArray("RS256"),
            ["token_endpoint_auth_methods_supported"] = new JsonArray("private_key_jwt"),
        });
    }

    private IResult Keys()
    {
        Calls.Add(new RecordedCall(KeysCall, [], new Dictionary<string, string>()));
        var keys = new JsonArray();
        foreach (var (kid, key) in _keys.Where(k => k.Key != UnpublishedKey))
        {
            var parameters = key.Rsa.ExportParameters(includePrivateParameters: false);
            keys.Add(new JsonObject
            {
                ["kty"] = "RSA",
                ["use"] = "sig",
                ["kid"] = kid,
                ["n"] = Base64UrlEncoder.Encode(parameters.Modulus),
                ["e"] = Base64UrlEncoder.Encode(parameters.Exponent),
                ["endorsements"] = new JsonArray([.. Endorsements[kid].Select(e => JsonValue.Create(e))]),
            });
        }

        return Results.Json(new JsonObject { ["keys"] = keys });
    }

    private async Task<IResult> IssueAsync(HttpRequest request)
    {
        var form = await request.ReadFormAsync();
        var fields = new JsonObject();
        foreach (var field in form)
        {
            fields[field.Key] = field.Value.ToString();
        }

        Calls.Add(new RecordedCall(TokenCall, fields, new Dictionary<string, string>()));
        var authenticated = ClientCertificate is null ? form["client_secret"] == AppPassword : await IsValidAssertionAsync(form);
        if (form["grant_type"] != "client_credentials" || form["client_id"] != AppId || !authenticated)
        {
            return Results.Json(new JsonObject { ["error"] = "invalid_client", ["error_description"] = "AADSTS7000215: Invalid client secret provided." }, statusCode: 401);
        }

        var token = $"bot-token-{Interlocked.Increment(ref _tokens)}";
        _issued[token] = true;
        return Results.Json(new JsonObject
        {
            ["token_type"] = "Bearer",
            ["expires_in"] = TokenLifetimeSeconds,
            ["ext_expires_in"] = TokenLifetimeSeconds,
            ["access_token"] = token,
        });
    }

    private async Task<bool> IsValidAssertionAsync(IFormCollection form)
    {
        if (form["client_assertion_type"] != "urn:ietf:params:oauth:client-assertion-type:jwt-bearer" || form["client_secret"].Count > 0)
        {
            return false;
        }

        var result = await new JsonWebTokenHandler().ValidateTokenAsync(form["client_assertion"].ToString(), new TokenValidationParameters
        {
            ValidIssuer = AppId,
            ValidAudience = TokenEndpoint,
            IssuerSigningKey = new X509SecurityKey(ClientCertificate),
            RequireSignedTokens = true,
            RequireExpirationTime = true,
        });
        return result.IsValid && result.Claims.TryGetValue("sub", out var subject) && (string)subject == AppId;
    }
}
