namespace Assistant.Core.Conversations;

/// <summary>
/// The channel-neutral seam every channel (web, Telegram, Zalo) calls: a question within a conversation,
/// follow-ups rewritten from its earlier turns, the exchange remembered and recorded.
/// An unknown or expired key starts a new conversation.
/// </summary>
public interface IConversationService
{
    /// <summary>Answers <paramref name="question"/> in the conversation of <paramref name="key"/>.</summary>
    Task<ConversationReply> AskAsync(ConversationKey key, string question, CancellationToken cancellationToken = default);

    /// <summary>
    /// Answers as a stream: text deltas, then at least one <see cref="ReplyFinal"/>; the last one stands and is
    /// the one recorded.
    /// </summary>
    IAsyncEnumerable<ReplyUpdate> StreamAsync(ConversationKey key, string question, CancellationToken cancellationToken = default);
}
