namespace Assistant.Evaluation.Posts;

/// <summary>A whole posts run: how the posts were scored, the bad lines, the per-post results and the cross-validation.</summary>
/// <param name="Source">What scored the posts, for the report (e.g. "bộ chấm của hệ thống", "phân loại huấn luyện trên train.jsonl").</param>
/// <param name="Errors">One line per bad gold (or scored, or training) line.</param>
/// <param name="Items">Per-post results, in gold order.</param>
/// <param name="HasRiskScore">Whether <c>score</c> is the monitor's risk (false when only a classifier scored).</param>
/// <param name="PeerName">The peer classifier's name, or null when none ran.</param>
/// <param name="CrossValidation">Cross-validation of our classifier on its training data, or null.</param>
public sealed record PostsRun(
    string Source,
    IReadOnlyList<string> Errors,
    IReadOnlyList<PostItemResult> Items,
    bool HasRiskScore,
    string? PeerName,
    CrossValidationSummary? CrossValidation)
{
    /// <summary>The metrics of the items.</summary>
    public PostMetrics Metrics { get; } = PostMetrics.From(Items, HasRiskScore);

    /// <summary>The flagging figures per claim rule id and per gold tag.</summary>
    public PostSlices Slices { get; } = PostSlices.From(Items);

    /// <summary>The threshold sweep of the items.</summary>
    public IReadOnlyList<ThresholdRow> Sweep => ThresholdRow.Sweep(Items, HasRiskScore);
}
