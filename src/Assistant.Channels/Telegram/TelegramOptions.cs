using System.ComponentModel.DataAnnotations;

namespace Assistant.Channels.Telegram;

/// <summary>The Telegram bot (<c>Channels:Telegram</c>); off unless enabled and given a bot token.</summary>
public sealed class TelegramOptions : IValidatableObject
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Channels:Telegram";

    /// <summary>Turns the bot on (it also needs <see cref="BotToken"/>).</summary>
    public bool Enabled { get; set; }

    /// <summary>The token BotFather gave; from configuration or the environment only.</summary>
    public string BotToken { get; set; } = "";

    /// <summary>
    /// The secret Telegram repeats in <c>X-Telegram-Bot-Api-Secret-Token</c> (1–256 of A–Z, a–z, 0–9, _ and -);
    /// required in webhook mode.
    /// </summary>
    public string SecretToken { get; set; } = "";

    /// <summary>Webhook or long polling.</summary>
    public TelegramMode Mode { get; set; } = TelegramMode.Webhook;

    /// <summary>Bot API server; empty for https://api.telegram.org (tests point it at a fake).</summary>
    public string ApiBaseUrl { get; set; } = "";

    /// <summary>Long-polling wait in seconds (Telegram holds the request open until an update arrives).</summary>
    [Range(0, 50)]
    public int PollingTimeoutSeconds { get; set; } = 30;

    /// <summary>Updates waiting to be answered; beyond this the webhook answers 503 and Telegram resends later.</summary>
    [Range(1, 100_000)]
    public int QueueCapacity { get; set; } = 1000;

    /// <summary>Questions answered at the same time.</summary>
    [Range(1, 64)]
    public int Workers { get; set; } = 2;

    /// <summary>Questions one chat may ask per minute.</summary>
    [Range(1, 1000)]
    public int PerChatPerMinute { get; set; } = 10;

    /// <summary>Hours an update id is remembered (shared by every node) to drop Telegram's resends; Telegram keeps an update 24 h.</summary>
    [Range(1, 720)]
    public int DedupeHours { get; set; } = 48;

    /// <summary>Retries of a failed send (429 waits the <c>retry_after</c> Telegram asks for).</summary>
    [Range(0, 10)]
    public int MaxRetries { get; set; } = 3;

    /// <summary>Longest <c>retry_after</c> honoured, in seconds; a longer one gives up the message.</summary>
    [Range(1, 3600)]
    public int MaxRetryAfterSeconds { get; set; } = 60;

    /// <summary>True when the bot is enabled and has a token.</summary>
    public bool IsActive => Enabled && !string.IsNullOrWhiteSpace(BotToken);

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (IsActive && Mode == TelegramMode.Webhook && string.IsNullOrWhiteSpace(SecretToken))
        {
            yield return new ValidationResult(
                "Channels:Telegram:SecretToken is required in webhook mode.", [nameof(SecretToken)]);
        }

        if (SecretToken.Length > 256 || SecretToken.Any(c => !(char.IsAsciiLetterOrDigit(c) || c is '_' or '-')))
        {
            yield return new ValidationResult(
                "Channels:Telegram:SecretToken must be 1-256 characters of A-Z, a-z, 0-9, _ and -.", [nameof(SecretToken)]);
        }

        if (ApiBaseUrl.Length > 0 && !Uri.TryCreate(ApiBaseUrl, UriKind.Absolute, out _))
        {
            yield return new ValidationResult("Channels:Telegram:ApiBaseUrl must be an absolute URL.", [nameof(ApiBaseUrl)]);
        }
    }
}
