using System.Text.Json;
using System.Text.Json.Serialization;

namespace Assistant.Channels.BotFramework;

/// <summary>
/// The fields of a Bot Framework Activity this channel reads or writes (the protocol has many more; unknown ones are
/// ignored on the way in and left out on the way out).
/// </summary>
/// <param name="Type"><c>message</c>, <c>conversationUpdate</c>, <c>typing</c>…</param>
/// <param name="Id">The activity's id, unique within its conversation.</param>
/// <param name="Timestamp">When the channel sent it.</param>
/// <param name="ServiceUrl">The Bot Connector address replies go to.</param>
/// <param name="ChannelId"><c>facebook</c>, <c>msteams</c>, <c>webchat</c>…</param>
/// <param name="From">The sender.</param>
/// <param name="Conversation">The conversation.</param>
/// <param name="Recipient">The receiver (the bot, for incoming activities).</param>
/// <param name="Text">The message text.</param>
/// <param name="TextFormat"><c>plain</c> or <c>markdown</c>.</param>
/// <param name="ReplyToId">The activity this one answers.</param>
/// <param name="Locale">The sender's locale, e.g. <c>vi-VN</c>.</param>
/// <param name="MembersAdded">Who joined, on <c>conversationUpdate</c>.</param>
public sealed record BotActivity(
    string? Type,
    string? Id = null,
    DateTimeOffset? Timestamp = null,
    string? ServiceUrl = null,
    string? ChannelId = null,
    BotAccount? From = null,
    BotConversation? Conversation = null,
    BotAccount? Recipient = null,
    string? Text = null,
    string? TextFormat = null,
    string? ReplyToId = null,
    string? Locale = null,
    IReadOnlyList<BotAccount>? MembersAdded = null)
{
    /// <summary>An incoming user message.</summary>
    public const string MessageType = "message";

    /// <summary>Members joined or left; the bot greets when it is the one added.</summary>
    public const string ConversationUpdateType = "conversationUpdate";

    /// <summary>The typing indicator.</summary>
    public const string TypingType = "typing";

    /// <summary>The protocol's JSON: camelCase, case-insensitive on the way in, nulls left out on the way out.</summary>
    public static JsonSerializerOptions JsonOptions { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}
