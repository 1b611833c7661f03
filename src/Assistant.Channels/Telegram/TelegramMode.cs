namespace Assistant.Channels.Telegram;

/// <summary>How the bot receives updates.</summary>
public enum TelegramMode
{
    /// <summary>Telegram posts updates to <c>POST /webhooks/telegram</c> (needs a public HTTPS URL).</summary>
    Webhook,

    /// <summary>The host asks Telegram for updates (long polling); for deployments without a public URL.</summary>
    Polling,
}
