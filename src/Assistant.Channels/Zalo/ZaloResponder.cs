using Assistant.Channels.Delivery;
using Assistant.Core.Conversations;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Assistant.Channels.Zalo;

/// <summary>Answers one user message through <see cref="IConversationService"/> and sends the reply back.</summary>
internal sealed class ZaloResponder(
    ZaloClient client,
    IConversationService conversations,
    IOptions<ZaloOptions> options,
    TimeProvider time,
    ILogger<ZaloResponder> logger)
{
    /// <summary>Channel name in conversation keys.</summary>
    public const string ChannelName = "zalo";

    private readonly ChatRateLimiter _limiter = new(options.Value.PerUserPerMinute, TimeSpan.FromMinutes(1), time);

    /// <summary>Answers <paramref name="incoming"/>; errors are logged, never thrown.</summary>
    public async Task ProcessAsync(ZaloIncoming incoming, CancellationToken cancellationToken)
    {
        try
        {
            var reply = await ReplyToAsync(incoming, cancellationToken);
            await client.SendTextAsync(incoming.UserId, reply, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception exception)
        {
            logger.LogError(exception, "Zalo message {MessageId} could not be handled", incoming.MessageId);
        }
    }

    private async Task<string> ReplyToAsync(ZaloIncoming incoming, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(incoming.Text))
        {
            return ZaloTexts.TextOnly;
        }

        if (!_limiter.TryAcquire(incoming.UserId))
        {
            return ZaloTexts.SlowDown;
        }

        try
        {
            var reply = await conversations.AskAsync(new ConversationKey(ChannelName, incoming.UserId), incoming.Text.Trim(), cancellationToken);
            return AnswerText.Render(reply.Answer);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogError(exception, "Answering a Zalo question failed");
            return ZaloTexts.Failed;
        }
    }
}
