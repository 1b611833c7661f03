namespace Assistant.Core.Conversations;

/// <summary>The full reply; a later one replaces everything shown before it.</summary>
/// <param name="Reply">The reply to show.</param>
public sealed record ReplyFinal(ConversationReply Reply) : ReplyUpdate;
