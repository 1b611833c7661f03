using System.Globalization;
using System.Text.Json;
using Assistant.Core.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Assistant.Channels.Zalo;

/// <summary>
/// The OA access token: from the shared <see cref="ITokenPairStore"/> (seeded once from configuration), refreshed when Zalo
/// says it expired under the <see cref="IDistributedLock"/> <see cref="LockName"/>, so one node refreshes at a time. The
/// refresh token works once, so the new pair is committed before it is used, and a caller that waited for the lock
/// uses the pair another node just stored instead of refreshing again.
/// </summary>
internal sealed class ZaloTokenProvider(
    ITokenPairStore store,
    IDistributedLock distributedLock,
    ZaloResilience resilience,
    IHttpClientFactory http,
    IOptions<ZaloOptions> options,
    TimeProvider time,
    ILogger<ZaloTokenProvider> logger)
{
    /// <summary>The stored pair's name and the lock's name.</summary>
    public const string LockName = "zalo-oa-token";

    private static readonly TimeSpan ExpiryMargin = TimeSpan.FromMinutes(5);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private TokenPair? _current;

    /// <summary>The access token to use now (refreshed first when known to be expired or missing).</summary>
    public async Task<string> GetAccessTokenAsync(CancellationToken cancellationToken)
    {
        var pair = await CurrentAsync(cancellationToken);
        var expired = pair.ExpiresAt is { } expires && time.GetUtcNow() >= expires - ExpiryMargin;
        return expired || pair.AccessToken.Length == 0 ? await RefreshAsync(pair.AccessToken, cancellationToken) : pair.AccessToken;
    }

    /// <summary>
    /// A fresh access token after <paramref name="rejected"/> was refused; when another caller already refreshed it,
    /// that newer token is returned without a second refresh.
    /// </summary>
    public async Task<string> RefreshAsync(string rejected, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            await using var held = await distributedLock.AcquireAsync(LockName, cancellationToken);
            var pair = _current = await LoadOrSeedAsync(cancellationToken);
            if (pair.AccessToken != rejected)
            {
                return pair.AccessToken;
            }

            var refreshed = await RequestAsync(pair.RefreshToken, cancellationToken);
            await store.SaveAsync(LockName, refreshed, time.GetUtcNow(), cancellationToken);
            _current = refreshed;
            logger.LogInformation("Zalo access token refreshed; expires at {ExpiresAt}", refreshed.ExpiresAt);
            return refreshed.AccessToken;
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task<TokenPair> CurrentAsync(CancellationToken cancellationToken)
    {
        if (_current is { } known)
        {
            return known;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            return _current ??= await LoadOrSeedAsync(cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>The stored pair as it is now (another node may have replaced it), the configured pair stored first when there is none.</summary>
    private Task<TokenPair> LoadOrSeedAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        return store.GetOrAddAsync(LockName, new TokenPair(settings.AccessToken, settings.RefreshToken, null), cancellationToken);
    }

    private async Task<TokenPair> RequestAsync(string refreshToken, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var client = http.CreateClient(ZaloChannel.HttpClientName);
        var url = settings.OAuthBaseUrl.TrimEnd('/') + "/v4/oa/access_token";
        var body = await resilience.Pipeline.ExecuteAsync(async token =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, url)
            {
                Content = new FormUrlEncodedContent(new Dictionary<string, string>
                {
                    ["refresh_token"] = refreshToken,
                    ["app_id"] = settings.AppId,
                    ["grant_type"] = "refresh_token",
                }),
            };
            request.Headers.TryAddWithoutValidation("secret_key", settings.AppSecret);
            using var response = await client.SendAsync(request, token);
            if ((int)response.StatusCode >= 500)
            {
                throw new HttpRequestException($"Zalo OAuth answered {(int)response.StatusCode}", null, response.StatusCode);
            }

            return await response.Content.ReadAsStringAsync(token);
        }, cancellationToken);
        return Parse(body);
    }

    private TokenPair Parse(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.TryGetProperty("access_token", out var access) && access.GetString() is { Length: > 0 } accessToken
                && root.TryGetProperty("refresh_token", out var refresh) && refresh.GetString() is { Length: > 0 } refreshToken)
            {
                DateTimeOffset? expires = root.TryGetProperty("expires_in", out var seconds) && Seconds(seconds) is { } s
                    ? time.GetUtcNow().AddSeconds(s)
                    : null;
                return new TokenPair(accessToken, refreshToken, expires);
            }

            var error = root.TryGetProperty("error", out var code) && code.ValueKind == JsonValueKind.Number && code.TryGetInt32(out var value) ? value : 0;
            var message = root.TryGetProperty("error_description", out var description) ? description.ToString() : body;
            throw new ZaloApiException(error, "token refresh refused: " + message);
        }
        catch (JsonException)
        {
            throw new ZaloApiException(0, "token refresh answer is not JSON");
        }
    }

    private static double? Seconds(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Number => value.GetDouble(),
        JsonValueKind.String when double.TryParse(value.GetString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var s) => s,
        _ => null,
    };
}
