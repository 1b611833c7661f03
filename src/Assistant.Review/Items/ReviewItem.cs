using Assistant.Core.Monitoring;

namespace Assistant.Review.Items;

/// <summary>A flagged claim under review: its cluster of posts, why it was flagged, and the reviewers' work on it.</summary>
public sealed record ReviewItem
{
    /// <summary>Item id.</summary>
    public required long Id { get; init; }

    /// <summary>Row version for optimistic concurrency; every accepted change adds one.</summary>
    public required long Version { get; init; }

    /// <summary>Progress (<see cref="Workflow.ReviewStates"/>).</summary>
    public required string State { get; init; }

    /// <summary>Verdict (<see cref="Workflow.ReviewVerdicts"/>), or null before judgement.</summary>
    public string? Verdict { get; init; }

    /// <summary>The monitor's risk, 0–1 (highest of the cluster).</summary>
    public required double Risk { get; init; }

    /// <summary>The monitor's predicted label.</summary>
    public required string Label { get; init; }

    /// <summary>The monitor's Vietnamese reasons.</summary>
    public IReadOnlyList<string> Reasons { get; init; } = [];

    /// <summary>Official passages the claim check used.</summary>
    public IReadOnlyList<OfficialPassage> Passages { get; init; } = [];

    /// <summary>Province slug, or null when neither the post nor the passages name one.</summary>
    public string? Province { get; init; }

    /// <summary>Login of the assigned spokesperson.</summary>
    public string? AssignedTo { get; init; }

    /// <summary>The stored draft reply.</summary>
    public string? Draft { get; init; }

    /// <summary>An earlier verdict the first post repeats, from the monitor.</summary>
    public string? KnownClaimId { get; init; }

    /// <summary>When the item was created.</summary>
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>When it last changed.</summary>
    public required DateTimeOffset UpdatedAt { get; init; }

    /// <summary>When a verdict was first recorded.</summary>
    public DateTimeOffset? JudgedAt { get; init; }

    /// <summary>The cluster of near-duplicate posts, first received first; its size is the spread.</summary>
    public IReadOnlyList<ReviewPost> Posts { get; init; } = [];

    /// <summary>Notes, oldest first.</summary>
    public IReadOnlyList<ReviewNote> Notes { get; init; } = [];

    /// <summary>The text of the first post: the claim.</summary>
    public string Claim => Posts.Count > 0 ? Posts[0].Text : "";
}
