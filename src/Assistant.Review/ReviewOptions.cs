using System.ComponentModel.DataAnnotations;

namespace Assistant.Review;

/// <summary>The review queue's settings (<c>Review</c> section).</summary>
public sealed class ReviewOptions : IValidatableObject
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Review";

    /// <summary>SQLite file name inside <c>Data:Directory</c>.</summary>
    [Required]
    public string DatabaseFile { get; set; } = "review.db";

    /// <summary>Hours an item may stay in <c>moi</c> before it is shown as overdue.</summary>
    [Range(1, 24 * 30)]
    public double SlaHours { get; set; } = 24;

    /// <summary>An item whose risk is above this is alerted to its spokesperson when assigned.</summary>
    [Range(0.0, 1.0)]
    public double AlertRisk { get; set; } = 0.8;

    /// <summary>
    /// The dashboard's public address (e.g. <c>https://tro-ly.sgddt.gov.vn</c>); when set, alerts link to the item's page.
    /// Empty by default (alerts then name the page without a link).
    /// </summary>
    public string PublicBaseUrl { get; set; } = "";

    /// <summary>Word-pair overlap (Jaccard, 0–1) from which a new post joins an item's cluster of near-duplicates.</summary>
    [Range(0.05, 1.0)]
    public double ClusterSimilarity { get; set; } = 0.5;

    /// <summary>How far back (days) a new post is compared with existing items for clustering.</summary>
    [Range(1, 365)]
    public int ClusterWindowDays { get; set; } = 14;

    /// <summary>Hours after which the recency factor of the priority halves.</summary>
    [Range(1, 24 * 365)]
    public double RecencyHalfLifeHours { get; set; } = 48;

    /// <summary>Longest note or draft reply accepted, in characters.</summary>
    [Range(100, 100_000)]
    public int MaxTextLength { get; set; } = 8000;

    /// <summary>Failed logins allowed per login name within <see cref="LoginWindowMinutes"/>.</summary>
    [Range(1, 1000)]
    public int LoginAttempts { get; set; } = 5;

    /// <summary>Failed logins allowed from one client address (any logins) within <see cref="LoginWindowMinutes"/>; higher, as offices share addresses.</summary>
    [Range(1, 100_000)]
    public int AddressLoginAttempts { get; set; } = 50;

    /// <summary>The window of the login limit, in minutes.</summary>
    [Range(1, 24 * 60)]
    public int LoginWindowMinutes { get; set; } = 15;

    /// <summary>Hours a dashboard login stays valid (sliding).</summary>
    [Range(1, 24 * 30)]
    public int SessionHours { get; set; } = 8;

    /// <summary>Official passages quoted in a generated draft reply.</summary>
    [Range(1, 10)]
    public int DraftPassages { get; set; } = 3;

    /// <summary>Name of the publishing organisation in ClaimReview exports when the reviewer's account has no agency.</summary>
    [Required]
    public string Publisher { get; set; } = "Sở Giáo dục và Đào tạo";

    /// <summary>Time zone (IANA or Windows id) the dashboard shows times in: Vietnam time (UTC+7) by default.</summary>
    [Required]
    public string TimeZone { get; set; } = "Asia/Ho_Chi_Minh";

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (PublicBaseUrl.Length > 0
            && !(Uri.TryCreate(PublicBaseUrl, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp)))
        {
            yield return new ValidationResult("Review:PublicBaseUrl must be an absolute http(s) URL, or empty.", [nameof(PublicBaseUrl)]);
        }

        if (!TimeZoneInfo.TryFindSystemTimeZoneById(TimeZone, out _))
        {
            yield return new ValidationResult($"Review:TimeZone '{TimeZone}' is not a time zone of this system (e.g. Asia/Ho_Chi_Minh).", [nameof(TimeZone)]);
        }
    }
}
