using Telegram.Bot.Types;

namespace Assistant.Channels.Telegram;

/// <summary>A queued notice: plain text for one chat.</summary>
/// <param name="Chat">The chat (numeric id or <c>@channel</c>).</param>
/// <param name="Text">Plain text; escaped for HTML when sent.</param>
internal sealed record TelegramNotice(ChatId Chat, string Text);
