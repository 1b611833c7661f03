using System.ComponentModel.DataAnnotations;

namespace Assistant.Monitoring.KnownClaims;

/// <summary>
/// Matching posts to claims already judged (<c>Monitoring:KnownClaims</c> section). As in Meedan Check, two
/// thresholds: from <see cref="SuggestThreshold"/> the claim is shown as similar, from <see cref="MatchThreshold"/>
/// the post is taken as a repeat of it and its verdict weighs on the risk.
/// </summary>
public sealed class KnownClaimOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Monitoring:KnownClaims";

    /// <summary>The repository file of judged claims (JSONL <c>{"id","text","verdict","note"}</c>); relative to the repository root.</summary>
    [Required]
    public string Path { get; set; } = "corpus/posts/known-claims.jsonl";

    /// <summary>Similarity (0–1) from which a judged claim is suggested as similar.</summary>
    [Range(0.0, 1.0)]
    public double SuggestThreshold { get; set; } = 0.7;

    /// <summary>Similarity (0–1) from which a post repeats a judged claim.</summary>
    [Range(0.0, 1.0)]
    public double MatchThreshold { get; set; } = 0.8;
}
