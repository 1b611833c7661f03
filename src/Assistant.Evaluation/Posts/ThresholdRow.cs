namespace Assistant.Evaluation.Posts;

/// <summary>One line of a threshold sweep: flagging at <paramref name="Threshold"/> by each score.</summary>
/// <param name="Threshold">Score at or above which a post counts as misinformation.</param>
/// <param name="Risk">Decisions of the risk <c>score</c> at that threshold, or null when there is no risk score.</param>
/// <param name="Classifier">Decisions of the <c>classifierScore</c> at that threshold.</param>
public sealed record ThresholdRow(double Threshold, BinaryCounts? Risk, BinaryCounts Classifier)
{
    /// <summary>Thresholds 0.1, 0.2 … 0.9.</summary>
    public static IReadOnlyList<double> Thresholds { get; } = [.. Enumerable.Range(1, 9).Select(i => i / 10.0)];

    /// <summary>The sweep over <see cref="Thresholds"/>.</summary>
    public static IReadOnlyList<ThresholdRow> Sweep(IReadOnlyList<PostItemResult> items, bool withRisk)
    {
        var truth = items.Select(i => i.Gold.IsMisinformation).ToList();
        return [.. Thresholds.Select(t => new ThresholdRow(
            t,
            withRisk ? BinaryCounts.From([.. items.Select(i => i.Scored.Score >= t)], truth) : null,
            BinaryCounts.From([.. items.Select(i => i.Scored.ClassifierScore >= t)], truth)))];
    }
}
