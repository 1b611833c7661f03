namespace Assistant.Channels.BotFramework;

/// <summary>How replies are shaped for one Bot Framework channel (Messenger, Teams, Web Chat…).</summary>
public sealed class BotFrameworkChannelProfile
{
    /// <summary>Longest text of one reply; a longer answer is split into several.</summary>
    public int MaxMessageLength { get; set; } = 4000;

    /// <summary>True when the channel renders Markdown (<c>textFormat: markdown</c>); false sends plain text.</summary>
    public bool Markdown { get; set; } = true;
}
