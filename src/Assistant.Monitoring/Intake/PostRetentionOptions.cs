using System.ComponentModel.DataAnnotations;

namespace Assistant.Monitoring.Intake;

/// <summary>How long post authors are kept (<c>Retention:PostDays</c>); the posts themselves stay, without author.</summary>
public sealed class PostRetentionOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Retention";

    /// <summary>Days after receipt when a post's author is cleared.</summary>
    [Range(1, 3650)]
    public int PostDays { get; set; } = 180;
}
