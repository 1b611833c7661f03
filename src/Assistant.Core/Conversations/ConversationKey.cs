namespace Assistant.Core.Conversations;

/// <summary>
/// Who a conversation is with, as a channel knows them: the web page's conversation id, or a Telegram/Zalo
/// user id. The subject is never stored; only a salted hash of it is.
/// </summary>
/// <param name="Channel">Channel name: <c>web</c>, <c>telegram</c>, <c>zalo</c>…</param>
/// <param name="Subject">The channel's id for the conversation or the user.</param>
public sealed record ConversationKey(string Channel, string Subject);
