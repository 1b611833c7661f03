using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Assistant.Channels.Delivery;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Assistant.Channels.Zalo;

/// <summary>
/// The OA API v3 adapter: sends customer-service text messages (<c>POST /v3.0/oa/message/cs</c>), split to Zalo's
/// 2,000-character limit. Zalo reports errors as HTTP 200 with <c>error != 0</c>: -216/-220 refresh the token and
/// retry once, -32 backs off (Polly), -213/-230/-232 are logged and not retried.
/// </summary>
internal sealed class ZaloClient(
    IHttpClientFactory http,
    ZaloTokenProvider tokens,
    ZaloResilience resilience,
    IOptions<ZaloOptions> options,
    ILogger<ZaloClient> logger)
{
    /// <summary>Longest text Zalo accepts in one message.</summary>
    public const int MaxMessageLength = 2000;

    private static readonly int[] ExpiredToken = [-216, -220];
    private static readonly int[] Undeliverable = [-213, -230, -232];

    /// <summary>Sends <paramref name="text"/> to <paramref name="userId"/>, in as many messages as it takes.</summary>
    public async Task<ZaloSendResult> SendTextAsync(string userId, string text, CancellationToken cancellationToken)
    {
        foreach (var part in MessageSplitter.Split(text, MaxMessageLength))
        {
            var result = await SendPartAsync(userId, part, cancellationToken);
            if (result != ZaloSendResult.Sent)
            {
                return result;
            }
        }

        return ZaloSendResult.Sent;
    }

    private async Task<ZaloSendResult> SendPartAsync(string userId, string text, CancellationToken cancellationToken)
    {
        try
        {
            var error = await resilience.Pipeline.ExecuteAsync(async token =>
            {
                var accessToken = await tokens.GetAccessTokenAsync(token);
                var (code, message) = await PostAsync(userId, text, accessToken, token);
                if (ExpiredToken.Contains(code))
                {
                    logger.LogInformation("Zalo access token refused ({Error}: {Message}); refreshing", code, message);
                    accessToken = await tokens.RefreshAsync(accessToken, token);
                    (code, message) = await PostAsync(userId, text, accessToken, token);
                }

                if (code == -32)
                {
                    throw new ZaloRateLimitedException($"Zalo rate limit (-32): {message}");
                }

                if (code != 0 && !Undeliverable.Contains(code))
                {
                    throw new ZaloApiException(code, message);
                }

                return code;
            }, cancellationToken);

            if (error != 0)
            {
                logger.LogWarning("Zalo will not deliver to this user (error {Error}); not retried", error);
                return ZaloSendResult.NotDeliverable;
            }

            return ZaloSendResult.Sent;
        }
        catch (Exception exception) when (exception is ZaloApiException or ZaloRateLimitedException or HttpRequestException or Polly.Timeout.TimeoutRejectedException)
        {
            logger.LogError(exception, "Sending a Zalo message failed");
            return ZaloSendResult.Failed;
        }
    }

    private async Task<(int Error, string Message)> PostAsync(string userId, string text, string accessToken, CancellationToken cancellationToken)
    {
        var client = http.CreateClient(ZaloChannel.HttpClientName);
        var body = new JsonObject
        {
            ["recipient"] = new JsonObject { ["user_id"] = userId },
            ["message"] = new JsonObject { ["text"] = text },
        };
        using var request = new HttpRequestMessage(HttpMethod.Post, options.Value.OpenApiBaseUrl.TrimEnd('/') + "/v3.0/oa/message/cs")
        {
            Content = JsonContent.Create(body),
        };
        request.Headers.TryAddWithoutValidation("access_token", accessToken);
        using var response = await client.SendAsync(request, cancellationToken);
        if ((int)response.StatusCode >= 500 || (int)response.StatusCode == 429)
        {
            throw new HttpRequestException($"Zalo answered {(int)response.StatusCode}", null, response.StatusCode);
        }

        var content = await response.Content.ReadAsStringAsync(cancellationToken);
        try
        {
            using var document = JsonDocument.Parse(content);
            var root = document.RootElement;
            var error = root.TryGetProperty("error", out var code) && code.ValueKind == JsonValueKind.Number && code.TryGetInt32(out var value) ? value : 0;
            var message = root.TryGetProperty("message", out var description) ? description.ToString() : "";
            return !response.IsSuccessStatusCode && error == 0 ? ((int)response.StatusCode, content) : (error, message);
        }
        catch (JsonException)
        {
            throw new ZaloApiException(0, $"unreadable answer (HTTP {(int)response.StatusCode})");
        }
    }
}
