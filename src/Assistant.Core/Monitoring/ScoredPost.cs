namespace Assistant.Core.Monitoring;

/// <summary>A post as the monitor scored it (DESIGN.md "Scored post JSON").</summary>
/// <param name="Id">The post's id.</param>
/// <param name="Label">Predicted class: misinformation, accurate or unrelated.</param>
/// <param name="Score">Overall risk (0–1) that decides <paramref name="Flagged"/>.</param>
/// <param name="ClassifierScore">Calibrated probability of misinformation from the classifier alone.</param>
/// <param name="Relevance">How much the post is about education policy (0–1).</param>
/// <param name="Flagged">Whether the post goes to the review queue.</param>
public sealed record ScoredPost(string Id, string Label, double Score, double ClassifierScore, double Relevance, bool Flagged)
{
    /// <summary>Why the post was flagged, in Vietnamese.</summary>
    public IReadOnlyList<string> Reasons { get; init; } = [];

    /// <summary>The official passages the claim check used.</summary>
    public IReadOnlyList<ScoredPostPassage> Passages { get; init; } = [];

    /// <summary>A spokesperson's earlier verdict the post repeats, or null.</summary>
    public KnownClaimMatch? KnownClaim { get; init; }
}
