using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly.Timeout;

namespace Assistant.Channels.BotFramework;

/// <summary>
/// Sends activities back through the Bot Connector: <c>POST {serviceUrl}/v3/conversations/{id}/activities/{replyToId}</c>
/// with the bot's bearer token. A 401 gets a new token once; 429/5xx are retried (Polly); other errors are logged.
/// </summary>
internal sealed class BotConnectorClient(
    IHttpClientFactory http,
    BotFrameworkTokenProvider tokens,
    BotFrameworkResilience resilience,
    IOptions<BotFrameworkOptions> options,
    TimeProvider time,
    ILogger<BotConnectorClient> logger)
{
    /// <summary>Sends <paramref name="reply"/> in answer to <paramref name="incoming"/>; true when the Bot Connector took it.</summary>
    public async Task<bool> ReplyAsync(BotActivity incoming, BotActivity reply, CancellationToken cancellationToken)
    {
        try
        {
            await resilience.Pipeline.ExecuteAsync(async token => await PostAsync(incoming, reply, token), cancellationToken);
            return true;
        }
        catch (Exception exception) when (exception is HttpRequestException or TimeoutRejectedException or InvalidOperationException)
        {
            logger.LogError(exception, "Sending a Bot Framework {Type} to channel {ChannelId} failed", reply.Type, incoming.ChannelId);
            return false;
        }
    }

    /// <summary>Shows the typing indicator once: a single attempt within the timeout, a failure only logged.</summary>
    public async Task SendTypingAsync(BotActivity incoming, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(options.Value.TimeoutSeconds));
        try
        {
            await PostAsync(incoming, BotReplies.Typing(incoming), timeout.Token);
        }
        catch (Exception exception) when (exception is HttpRequestException or InvalidOperationException
            || (exception is OperationCanceledException && !cancellationToken.IsCancellationRequested))
        {
            logger.LogDebug(exception, "Typing indicator not sent");
        }
    }

    private async Task PostAsync(BotActivity incoming, BotActivity activity, CancellationToken cancellationToken)
    {
        var client = http.CreateClient(BotFrameworkChannel.HttpClientName);
        var url = ReplyUrl(incoming);
        var token = await tokens.GetTokenAsync(cancellationToken);
        using var response = await SendAsync(client, url, activity, token, cancellationToken);
        if (response.StatusCode == HttpStatusCode.Unauthorized)
        {
            logger.LogInformation("Bot Connector refused the token; asking for a new one");
            tokens.Invalidate(token);
            token = await tokens.GetTokenAsync(cancellationToken);
            using var again = await SendAsync(client, url, activity, token, cancellationToken);
            EnsureSuccess(again);
            return;
        }

        EnsureSuccess(response);
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, Uri url, BotActivity activity, string token, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = JsonContent.Create(activity, options: BotActivity.JsonOptions),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return await client.SendAsync(request, cancellationToken);
    }

    private void EnsureSuccess(HttpResponseMessage response)
    {
        if (!response.IsSuccessStatusCode)
        {
            throw BotFrameworkHttpException.From("The Bot Connector", response, time.GetUtcNow());
        }
    }

    /// <summary>The reply address; an activity without an id (some conversation updates) is answered in its conversation.</summary>
    private static Uri ReplyUrl(BotActivity incoming)
    {
        var conversation = $"{incoming.ServiceUrl!.TrimEnd('/')}/v3/conversations/{Uri.EscapeDataString(incoming.Conversation!.Id!)}/activities";
        return new Uri(incoming.Id is { Length: > 0 } id ? $"{conversation}/{Uri.EscapeDataString(id)}" : conversation);
    }
}
