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

    private readonly ChannelAnswerer _answerer = new(conversations, options.Value.PerUserPerMinute, ZaloTexts.Notices, time, logger);

    /// <summary>Answers <paramref name="incoming"/>; errors are logged, never thrown.</summary>
    public async Task ProcessAsync(ZaloIncoming incoming, CancellationToken cancellationToken)
    {
        try
        {
            var reply = string.IsNullOrWhiteSpace(incoming.Text)
                ? ZaloTexts.Notices.TextOnly
                : await _answerer.ReplyAsync(
                    incoming.UserId, new ConversationKey(ChannelName, incoming.UserId), incoming.Text, AnswerText.Render, cancellationToken);
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
}
