namespace Assistant.Channels.BotFramework;

/// <summary>The activities the bot sends: addressed back to the sender, in the same conversation, in Vietnamese.</summary>
internal static class BotReplies
{
    /// <summary>The locale of everything the bot writes.</summary>
    public const string Locale = "vi-VN";

    /// <summary>A text message answering <paramref name="incoming"/>, as Markdown or plain text.</summary>
    public static BotActivity Message(BotActivity incoming, string text, bool markdown) =>
        Reply(incoming, BotActivity.MessageType) with { Text = text, TextFormat = markdown ? "markdown" : "plain" };

    /// <summary>The typing indicator for <paramref name="incoming"/>'s conversation.</summary>
    public static BotActivity Typing(BotActivity incoming) => Reply(incoming, BotActivity.TypingType);

    private static BotActivity Reply(BotActivity incoming, string type) => new(
        type,
        ChannelId: incoming.ChannelId,
        ServiceUrl: incoming.ServiceUrl,
        From: incoming.Recipient,
        Recipient: incoming.From,
        Conversation: incoming.Conversation,
        ReplyToId: incoming.Id,
        Locale: Locale);
}
