using System.ComponentModel.DataAnnotations;

namespace Assistant.Monitoring.Feeds;

/// <summary>RSS/Atom feeds polled for posts (<c>Monitoring:Feeds</c> section); no feed is polled when <see cref="Sources"/> is empty.</summary>
public sealed class FeedOptions : IValidatableObject
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Monitoring:Feeds";

    /// <summary>Longest wait for one feed download (headers and body); a feed that takes longer is retried at its next interval.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Items read from one download, in feed order (feeds list the newest first); the rest are ignored.</summary>
    [Range(1, 10_000)]
    public int MaxItemsPerPoll { get; set; } = 100;

    /// <summary>Largest feed document accepted, in bytes after decompression; a larger one is refused.</summary>
    [Range(1024, 100 * 1024 * 1024)]
    public int MaxFeedBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>User-Agent header sent to feed servers.</summary>
    [Required]
    public string UserAgent { get; set; } = "NQ71-Assistant/1.0 (education department news monitor)";

    /// <summary>The feeds.</summary>
    public List<FeedSource> Sources { get; set; } = [];

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < Sources.Count; i++)
        {
            var source = Sources[i];
            var setting = $"{SectionName}:{nameof(Sources)}:{i}";
            var results = new List<ValidationResult>();
            Validator.TryValidateObject(source, new ValidationContext(source), results, validateAllProperties: true);
            foreach (var result in results)
            {
                yield return new ValidationResult($"{setting}: {result.ErrorMessage}", result.MemberNames.Select(m => $"{setting}:{m}"));
            }

            if (!string.IsNullOrWhiteSpace(source.Name) && !names.Add(source.Name.Trim()))
            {
                yield return new ValidationResult($"{setting}:Name '{source.Name}' is used by another feed.", [$"{setting}:Name"]);
            }

            if (!string.IsNullOrWhiteSpace(source.Url)
                && !(Uri.TryCreate(source.Url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)))
            {
                yield return new ValidationResult($"{setting}:Url '{source.Url}' is not an absolute http or https address.", [$"{setting}:Url"]);
            }
        }
    }
}
