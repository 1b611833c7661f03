using System.ComponentModel.DataAnnotations;

namespace Assistant.Channels.Zalo;

/// <summary>
/// The Zalo Official Account (<c>Channels:Zalo</c>); off unless enabled and given the app id, app secret, OA secret
/// key and a refresh token. The token pair here only seeds the token store: once refreshed, the stored pair wins.
/// </summary>
public sealed class ZaloOptions : IValidatableObject
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Channels:Zalo";

    /// <summary>Turns the OA on.</summary>
    public bool Enabled { get; set; }

    /// <summary>The Zalo app id (developers.zalo.me), kept as a string.</summary>
    public string AppId { get; set; } = "";

    /// <summary>The app's secret key, sent as <c>secret_key</c> when refreshing tokens.</summary>
    public string AppSecret { get; set; } = "";

    /// <summary>The OA secret key that signs webhook events (<c>X-ZEvent-Signature</c>).</summary>
    public string OaSecretKey { get; set; } = "";

    /// <summary>Initial OA access token (seed only; may be empty, then the first send refreshes).</summary>
    public string AccessToken { get; set; } = "";

    /// <summary>Initial refresh token (seed only; Zalo rotates it on every refresh).</summary>
    public string RefreshToken { get; set; } = "";

    /// <summary>The OA Open API.</summary>
    [Required]
    public string OpenApiBaseUrl { get; set; } = "https://openapi.zalo.me";

    /// <summary>The OAuth server that refreshes tokens.</summary>
    [Required]
    public string OAuthBaseUrl { get; set; } = "https://oauth.zaloapp.com";

    /// <summary>Events waiting to be answered; beyond this the webhook answers 503.</summary>
    [Range(1, 100_000)]
    public int QueueCapacity { get; set; } = 1000;

    /// <summary>Questions answered at the same time.</summary>
    [Range(1, 64)]
    public int Workers { get; set; } = 2;

    /// <summary>Questions one user may ask per minute.</summary>
    [Range(1, 1000)]
    public int PerUserPerMinute { get; set; } = 10;

    /// <summary>
    /// How far an event's <c>timestamp</c> may be from now, in seconds, either way; a signed event outside the window (a
    /// replay) is refused with 400. Message ids are remembered (in the channel event store, shared by every node) for twice as long.
    /// </summary>
    [Range(10, 7 * 24 * 3600)]
    public int MaxEventAgeSeconds { get; set; } = 600;

    /// <summary>Retries of a send that hit the rate limit (-32) or a network error.</summary>
    [Range(0, 10)]
    public int MaxRetries { get; set; } = 3;

    /// <summary>First back-off after a rate-limit error, in seconds; doubles on each retry.</summary>
    [Range(0.001, 600)]
    public double RateLimitBackoffSeconds { get; set; } = 2;

    /// <summary>Per-call timeout, in seconds.</summary>
    [Range(1, 120)]
    public int TimeoutSeconds { get; set; } = 15;

    /// <summary>True when the OA is enabled and fully configured.</summary>
    public bool IsActive => Enabled
        && !string.IsNullOrWhiteSpace(AppId)
        && !string.IsNullOrWhiteSpace(AppSecret)
        && !string.IsNullOrWhiteSpace(OaSecretKey)
        && !string.IsNullOrWhiteSpace(RefreshToken);

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var (name, value) in new[] { (nameof(OpenApiBaseUrl), OpenApiBaseUrl), (nameof(OAuthBaseUrl), OAuthBaseUrl) })
        {
            if (!Uri.TryCreate(value, UriKind.Absolute, out _))
            {
                yield return new ValidationResult($"Channels:Zalo:{name} must be an absolute URL.", [name]);
            }
        }
    }
}
