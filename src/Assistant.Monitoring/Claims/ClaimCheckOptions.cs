using System.ComponentModel.DataAnnotations;

namespace Assistant.Monitoring.Claims;

/// <summary>How posts are compared with the official text (<c>Monitoring:Claims</c> section).</summary>
public sealed class ClaimCheckOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Monitoring:Claims";

    /// <summary>Official passages retrieved for a post and compared with it.</summary>
    [Range(1, 50)]
    public int TopPassages { get; set; } = 5;

    /// <summary>Content words a post's number and an official number must share to be about the same subject.</summary>
    [Range(1, 20)]
    public int MinSharedTerms { get; set; } = 3;

    /// <summary>Share (0–1) of the smaller context the two numbers' contexts must have in common.</summary>
    [Range(0.0, 1.0)]
    public double MinContextOverlap { get; set; } = 0.4;
}
