using System.ComponentModel.DataAnnotations;

namespace Assistant.Channels.BotFramework;

/// <summary>
/// The Azure Bot Service channel (<c>Channels:BotFramework</c>): Facebook Messenger, Microsoft Teams and Web Chat
/// through the Bot Framework protocol; off unless enabled and given the bot's app id and password.
/// </summary>
public sealed class BotFrameworkOptions : IValidatableObject
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Channels:BotFramework";

    /// <summary>Turns the channel on (it also needs <see cref="AppId"/> and <see cref="AppPassword"/> or <see cref="CertificatePath"/>).</summary>
    public bool Enabled { get; set; }

    /// <summary>The bot's Microsoft App ID (the Entra app registration's client id); the audience of incoming tokens.</summary>
    public string AppId { get; set; } = "";

    /// <summary>The app registration's client secret, used to obtain tokens for replies; from the environment only.</summary>
    public string AppPassword { get; set; } = "";

    /// <summary>
    /// Instead of <see cref="AppPassword"/>: a certificate uploaded to the app registration, as a PKCS#12 file
    /// (<c>.pfx</c>/<c>.p12</c>) or a PEM file holding the certificate and its private key; relative to the repository root.
    /// </summary>
    public string CertificatePath { get; set; } = "";

    /// <summary>The password of a PKCS#12 <see cref="CertificatePath"/>, if it has one; from the environment only.</summary>
    public string CertificatePassword { get; set; } = "";

    /// <summary>The Bot Framework OpenID metadata that lists the keys signing the Bot Connector's tokens.</summary>
    [Required]
    public string OpenIdMetadataUrl { get; set; } = "https://login.botframework.com/v1/.well-known/openidconfiguration";

    /// <summary>The issuer of the Bot Connector's tokens.</summary>
    [Required]
    public string Issuer { get; set; } = "https://api.botframework.com";

    /// <summary>The client-credentials token endpoint (the botframework.com tenant's, for multi-tenant bots).</summary>
    [Required]
    public string TokenEndpoint { get; set; } = "https://login.microsoftonline.com/botframework.com/oauth2/v2.0/token";

    /// <summary>The scope asked for with the client credentials.</summary>
    [Required]
    public string TokenScope { get; set; } = "https://api.botframework.com/.default";

    /// <summary>Allowed difference between the clocks when checking a token's lifetime, in seconds.</summary>
    [Range(0, 600)]
    public int ClockSkewSeconds { get; set; } = 300;

    /// <summary>Activities waiting to be answered; beyond this the endpoint answers 503.</summary>
    [Range(1, 100_000)]
    public int QueueCapacity { get; set; } = 1000;

    /// <summary>Questions answered at the same time.</summary>
    [Range(1, 64)]
    public int Workers { get; set; } = 2;

    /// <summary>Questions one conversation may ask per minute.</summary>
    [Range(1, 1000)]
    public int PerConversationPerMinute { get; set; } = 10;

    /// <summary>Hours an activity id is remembered (shared by every node) to drop the Bot Connector's resends.</summary>
    [Range(1, 720)]
    public int DedupeHours { get; set; } = 48;

    /// <summary>Retries of a call answered 429 or 5xx (waiting the <c>Retry-After</c> asked for) or failing on the network.</summary>
    [Range(0, 10)]
    public int MaxRetries { get; set; } = 3;

    /// <summary>First back-off when the answer gives no <c>Retry-After</c>, in seconds; doubles on each retry.</summary>
    [Range(0.001, 600)]
    public double RetryBackoffSeconds { get; set; } = 1;

    /// <summary>Longest <c>Retry-After</c> honoured, in seconds; a longer one gives up the message.</summary>
    [Range(1, 3600)]
    public int MaxRetryAfterSeconds { get; set; } = 60;

    /// <summary>Per-call timeout, in seconds.</summary>
    [Range(1, 120)]
    public int TimeoutSeconds { get; set; } = 15;

    /// <summary>How often the typing indicator is repeated while an answer is prepared, in seconds.</summary>
    [Range(0.05, 60)]
    public double TypingIntervalSeconds { get; set; } = 3;

    /// <summary>Longest reply on a channel without its own entry in <see cref="ChannelProfiles"/>.</summary>
    [Range(100, 100_000)]
    public int MaxMessageLength { get; set; } = 4000;

    /// <summary>
    /// What each Bot Framework channel (by <c>channelId</c>) allows: Messenger takes 2,000 characters of plain text,
    /// Teams and Web Chat render Markdown.
    /// </summary>
    public Dictionary<string, BotFrameworkChannelProfile> ChannelProfiles { get; set; } = new(StringComparer.OrdinalIgnoreCase)
    {
        ["facebook"] = new() { MaxMessageLength = 2000, Markdown = false },
        ["msteams"] = new() { MaxMessageLength = 20_000, Markdown = true },
        ["webchat"] = new() { MaxMessageLength = 20_000, Markdown = true },
        ["directline"] = new() { MaxMessageLength = 20_000, Markdown = true },
    };

    /// <summary>True when the channel is enabled and has its credentials.</summary>
    public bool IsActive => Enabled && !string.IsNullOrWhiteSpace(AppId) && (!string.IsNullOrWhiteSpace(AppPassword) || UsesCertificate);

    /// <summary>True when replies' tokens are obtained with the certificate rather than the client secret.</summary>
    public bool UsesCertificate => !string.IsNullOrWhiteSpace(CertificatePath);

    /// <summary>The profile for <paramref name="channelId"/>: its own entry, else Markdown up to <see cref="MaxMessageLength"/>.</summary>
    public BotFrameworkChannelProfile ProfileFor(string channelId) =>
        ChannelProfiles.TryGetValue(channelId, out var profile) ? profile : new() { MaxMessageLength = MaxMessageLength, Markdown = true };

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var (name, value) in new[] { (nameof(OpenIdMetadataUrl), OpenIdMetadataUrl), (nameof(TokenEndpoint), TokenEndpoint) })
        {
            if (!Uri.TryCreate(value, UriKind.Absolute, out var uri) || !(uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback)))
            {
                yield return new ValidationResult($"{SectionName}:{name} must be an absolute https URL (http only on loopback).", [name]);
            }
        }

        if (UsesCertificate && !string.IsNullOrWhiteSpace(AppPassword))
        {
            yield return new ValidationResult($"{SectionName}: set AppPassword or CertificatePath, not both.", [nameof(CertificatePath)]);
        }

        if (Enabled && UsesCertificate && !File.Exists(Assistant.Core.Configuration.RepositoryPaths.Resolve(CertificatePath)))
        {
            yield return new ValidationResult($"{SectionName}:CertificatePath names no file.", [nameof(CertificatePath)]);
        }

        foreach (var (channel, profile) in ChannelProfiles)
        {
            if (profile.MaxMessageLength is < 100 or > 100_000)
            {
                yield return new ValidationResult(
                    $"{SectionName}:ChannelProfiles:{channel}:MaxMessageLength must be between 100 and 100000.", [nameof(ChannelProfiles)]);
            }
        }
    }
}
