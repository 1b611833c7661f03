using Assistant.Core.Answers;
using Assistant.Core.Conversations;
using Microsoft.Extensions.Logging;

namespace Assistant.Channels.Delivery;

/// <summary>
/// The part every channel shares between receiving a question and sending the reply: the per-chat limit, the
/// conversation service, and a Vietnamese note instead of an answer when the chat asks too often or answering fails.
/// </summary>
/// <param name="conversations">The shared conversation service.</param>
/// <param name="perChatPerMinute">Questions one chat may ask per minute.</param>
/// <param name="notices">What to say when over the limit or when answering fails.</param>
/// <param name="time">The clock of the limit.</param>
/// <param name="logger">Where failures are logged.</param>
internal sealed class ChannelAnswerer(
    IConversationService conversations,
    int perChatPerMinute,
    ChannelNotices notices,
    TimeProvider time,
    ILogger logger)
{
    private readonly ChatRateLimiter _limiter = new(perChatPerMinute, TimeSpan.FromMinutes(1), time);

    /// <summary>
    /// The reply to <paramref name="question"/> asked in <paramref name="chat"/> (the limit's key) within the conversation
    /// of <paramref name="key"/>: the answer through <paramref name="render"/>, or one of the notices.
    /// </summary>
    public async Task<string> ReplyAsync(
        string chat, ConversationKey key, string question, Func<Answer, string> render, CancellationToken cancellationToken)
    {
        if (!_limiter.TryAcquire(chat))
        {
            return notices.SlowDown;
        }

        try
        {
            var reply = await conversations.AskAsync(key, question.Trim(), cancellationToken);
            return render(reply.Answer);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogError(exception, "Answering a {Channel} question failed", key.Channel);
            return notices.Failed;
        }
    }
}
