using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Assistant.Channels.BotFramework;

/// <summary>
/// The bearer token for calls to the Bot Connector: obtained with the client-credentials flow
/// (app id + client secret or certificate) and kept until shortly before it expires; one request at a time, so concurrent replies share one token.
/// </summary>
internal sealed class BotFrameworkTokenProvider(
    IHttpClientFactory http,
    BotFrameworkCredentials credentials,
    BotFrameworkResilience resilience,
    IOptions<BotFrameworkOptions> options,
    TimeProvider time,
    ILogger<BotFrameworkTokenProvider> logger)
{
    private static readonly TimeSpan ExpiryMargin = TimeSpan.FromMinutes(5);
    private readonly SemaphoreSlim _gate = new(1, 1);
    private (string Token, DateTimeOffset ExpiresAt)? _current;

    /// <summary>A token valid for a while yet (from the cache, or freshly requested).</summary>
    public async Task<string> GetTokenAsync(CancellationToken cancellationToken)
    {
        if (Valid() is { } cached)
        {
            return cached;
        }

        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (Valid() is { } refreshed)
            {
                return refreshed;
            }

            var (token, expiresAt) = await RequestAsync(cancellationToken);
            _current = (token, expiresAt);
            logger.LogInformation("Bot Framework token obtained; expires at {ExpiresAt}", expiresAt);
            return token;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Forgets <paramref name="rejected"/> (the Bot Connector refused it) so the next call asks for a new one.</summary>
    public void Invalidate(string rejected)
    {
        if (_current is { } current && current.Token == rejected)
        {
            _current = null;
        }
    }

    private string? Valid() =>
        _current is { } current && time.GetUtcNow() < current.ExpiresAt - ExpiryMargin ? current.Token : null;

    private async Task<(string Token, DateTimeOffset ExpiresAt)> RequestAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var client = http.CreateClient(BotFrameworkChannel.HttpClientName);
        var body = await resilience.Pipeline.ExecuteAsync(async token =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, settings.TokenEndpoint)
            {
                Content = new FormUrlEncodedContent(new Dictionary<string, string>
                {
                    ["grant_type"] = "client_credentials",
                    ["client_id"] = settings.AppId,
                    ["scope"] = settings.TokenScope,
                }.Concat(credentials.FormFields())),
            };
            using var response = await client.SendAsync(request, token);
            if (!response.IsSuccessStatusCode)
            {
                throw BotFrameworkHttpException.From("The token endpoint", response, time.GetUtcNow());
            }

            return await response.Content.ReadAsStringAsync(token);
        }, cancellationToken);
        return Parse(body);
    }

    private (string Token, DateTimeOffset ExpiresAt) Parse(string body)
    {
        try
        {
            using var document = JsonDocument.Parse(body);
            var root = document.RootElement;
            if (root.TryGetProperty("access_token", out var access) && access.GetString() is { Length: > 0 } token
                && root.TryGetProperty("expires_in", out var seconds) && seconds.TryGetInt32(out var lifetime))
            {
                return (token, time.GetUtcNow().AddSeconds(lifetime));
            }
        }
        catch (Exception exception) when (exception is JsonException or InvalidOperationException)
        {
            // Reported below.
        }

        throw new InvalidOperationException("The token endpoint's answer has no access_token and expires_in.");
    }
}
