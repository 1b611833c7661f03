namespace Assistant.Channels.BotFramework;

/// <summary>A user or bot in a Bot Framework conversation (<c>ChannelAccount</c>).</summary>
/// <param name="Id">The channel's id for the account.</param>
/// <param name="Name">The display name.</param>
public sealed record BotAccount(string? Id, string? Name = null);
