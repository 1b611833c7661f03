using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Types.Enums;

namespace Assistant.Channels.Telegram;

/// <summary>Registers the bot's webhook with Telegram (the CLI's <c>telegram set-webhook</c>).</summary>
public static class TelegramWebhookRegistration
{
    /// <summary>The updates the bot asks for: messages and channel posts.</summary>
    public static IReadOnlyList<UpdateType> AllowedUpdates { get; } = [UpdateType.Message, UpdateType.ChannelPost];

    /// <summary>
    /// Calls <c>setWebhook</c> with <paramref name="url"/> (normally <c>https://host/webhooks/telegram</c>) and the
    /// configured secret token, so Telegram sends it back in <c>X-Telegram-Bot-Api-Secret-Token</c>.
    /// </summary>
    /// <exception cref="InvalidOperationException">The bot token or the secret token is not configured.</exception>
    public static async Task SetAsync(TelegramOptions settings, Uri url, HttpClient http, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(settings.BotToken))
        {
            throw new InvalidOperationException("Channels:Telegram:BotToken is not configured.");
        }

        if (string.IsNullOrWhiteSpace(settings.SecretToken))
        {
            throw new InvalidOperationException("Channels:Telegram:SecretToken is not configured.");
        }

        var sender = new TelegramSender(
            TelegramChannel.CreateClient(settings, http), Options.Create(settings), TimeProvider.System, NullLogger<TelegramSender>.Instance);
        await sender.CallAsync(
            async (client, token) =>
            {
                await client.SetWebhook(url.ToString(), secretToken: settings.SecretToken, allowedUpdates: AllowedUpdates, cancellationToken: token);
                return true;
            },
            cancellationToken);
    }
}
