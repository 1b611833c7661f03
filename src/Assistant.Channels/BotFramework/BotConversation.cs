namespace Assistant.Channels.BotFramework;

/// <summary>A Bot Framework conversation (<c>ConversationAccount</c>).</summary>
/// <param name="Id">The channel's conversation id.</param>
/// <param name="IsGroup">True for a group chat or a Teams channel.</param>
public sealed record BotConversation(string? Id, bool? IsGroup = null);
