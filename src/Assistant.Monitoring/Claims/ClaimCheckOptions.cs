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

    /// <summary>
    /// The post's rarest syllables in the corpus that make the search query (with the provinces it names); the whole
    /// text would cost one Lucene clause per syllable and field.
    /// </summary>
    [Range(1, 200)]
    public int MaxQueryTerms { get; set; } = 12;

    /// <summary>Content words a post's number and an official number must share to be about the same subject.</summary>
    [Range(1, 20)]
    public int MinSharedTerms { get; set; } = 3;

    /// <summary>Share (0–1) of the smaller context the two numbers' contexts must have in common.</summary>
    [Range(0.0, 1.0)]
    public double MinContextOverlap { get; set; } = 0.4;

    /// <summary>
    /// Pairs of adjacent content words ("xử lý", "sai lệch") a clause of the post and an official clause must share to
    /// be about the same duty, for the negation and agency comparisons.
    /// </summary>
    [Range(1, 20)]
    public int MinSharedPairs { get; set; } = 3;
}
