using Assistant.Channels.Delivery;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;
using Telegram.Bot;
using Telegram.Bot.Exceptions;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace Assistant.Channels.Telegram;

/// <summary>
/// Every call the bot makes to Telegram goes through here, behind one Polly pipeline: 429 waits the
/// <c>retry_after</c> Telegram asks for, server and network errors back off exponentially, other errors are final.
/// </summary>
internal sealed class TelegramSender
{
    /// <summary>Telegram's longest message, in characters after entity parsing.</summary>
    public const int MaxMessageLength = 4096;

    private readonly ITelegramBotClient _client;
    private readonly ResiliencePipeline _pipeline;

    public TelegramSender(ITelegramBotClient client, IOptions<TelegramOptions> options, TimeProvider time, ILogger<TelegramSender> logger)
    {
        _client = client;
        var settings = options.Value;
        var retry = new RetryStrategyOptions
        {
            Delay = TimeSpan.FromSeconds(1),
            ShouldHandle = new PredicateBuilder().Handle<RequestException>(e => IsTransient(e, settings.MaxRetryAfterSeconds))
                .Handle<HttpRequestException>(),
            DelayGenerator = args => ValueTask.FromResult(RetryAfter(args.Outcome.Exception)),
        };

        // Long polling holds a request open for PollingTimeoutSeconds; anything beyond that plus a margin is stuck.
        var attemptTimeout = TimeSpan.FromSeconds(settings.PollingTimeoutSeconds + 30);
        _pipeline = ChannelResilience.Build("Telegram", retry, settings.MaxRetries, attemptTimeout, time, logger);
    }

    /// <summary>The client, for calls whose errors the caller handles itself.</summary>
    public ITelegramBotClient Client => _client;

    /// <summary>Sends <paramref name="html"/> (already escaped) as one message, replying to <paramref name="replyTo"/> if given.</summary>
    public Task SendHtmlAsync(ChatId chatId, string html, int? replyTo, CancellationToken cancellationToken) =>
        _pipeline.ExecuteAsync(async token => await _client.SendMessage(
            chatId,
            html,
            ParseMode.Html,
            replyParameters: replyTo is { } id ? new ReplyParameters { MessageId = id, AllowSendingWithoutReply = true } : null,
            linkPreviewOptions: new LinkPreviewOptions { IsDisabled = true },
            cancellationToken: token), cancellationToken).AsTask();

    /// <summary>Runs any other Bot API call (getMe, getUpdates, setWebhook) behind the same pipeline.</summary>
    public ValueTask<T> CallAsync<T>(Func<ITelegramBotClient, CancellationToken, Task<T>> call, CancellationToken cancellationToken) =>
        _pipeline.ExecuteAsync(async token => await call(_client, token), cancellationToken);

    private static bool IsTransient(RequestException exception, int maxRetryAfterSeconds) => exception switch
    {
        ApiRequestException { ErrorCode: 429, Parameters.RetryAfter: { } after } => after <= maxRetryAfterSeconds,
        ApiRequestException { ErrorCode: 429 or >= 500 } => true,
        ApiRequestException => false,
        _ => true,
    };

    private static TimeSpan? RetryAfter(Exception? exception) =>
        exception is ApiRequestException { ErrorCode: 429, Parameters.RetryAfter: { } after }
            ? TimeSpan.FromSeconds(after)
            : null;
}
