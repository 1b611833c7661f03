namespace Assistant.Core.Monitoring;

/// <summary>
/// The monitor's judgement of a post (DESIGN.md "Scored post JSON"): predicted label, overall risk, the
/// classifier's calibrated probability, relevance to education policy, whether it goes to the review queue, and why.
/// </summary>
public sealed record ScoredPost
{
    /// <summary>The post's id (its external id).</summary>
    public required string Id { get; init; }

    /// <summary><c>misinformation</c>, <c>accurate</c> or <c>unrelated</c>.</summary>
    public required string Label { get; init; }

    /// <summary>Overall risk 0–1 that decides <see cref="Flagged"/>.</summary>
    public double Score { get; init; }

    /// <summary>Calibrated probability of misinformation from the ML.NET model alone.</summary>
    public double ClassifierScore { get; init; }

    /// <summary>How much the post is about education policy, 0–1.</summary>
    public double Relevance { get; init; }

    /// <summary>True when the post goes to the spokesperson's review queue.</summary>
    public bool Flagged { get; init; }

    /// <summary>Vietnamese reasons, e.g. "Bài viết nói 50%; Kế hoạch … mục II.2.a nói 100%".</summary>
    public IReadOnlyList<string> Reasons { get; init; } = [];

    /// <summary>The claim check's reasons with the rule that found each (also the first entries of <see cref="Reasons"/>).</summary>
    public IReadOnlyList<ClaimFinding> Findings { get; init; } = [];

    /// <summary>The official passages the claim check used.</summary>
    public IReadOnlyList<OfficialPassage> Passages { get; init; } = [];

    /// <summary>A spokesperson's earlier verdict this post repeats, or null.</summary>
    public KnownClaimMatch? KnownClaim { get; init; }
}
