using Assistant.Core.Monitoring;

namespace Assistant.Evaluation.Posts;

/// <summary>
/// The flagging figures broken down: per claim rule id (a post "predicted" by a rule when one of its reasons carries
/// the rule's id: precision = share of those that are misinformation, recall = share of all misinformation it
/// catches; <see cref="NoRule"/> for flagged posts no rule gave a reason for) and per gold tag (flagged against
/// misinformation among the posts with the tag).
/// </summary>
/// <param name="ByRule">Rule id → its counts, by id.</param>
/// <param name="ByTag">Tag → the flagging counts among its posts, by tag.</param>
public sealed record PostSlices(IReadOnlyDictionary<string, BinaryCounts> ByRule, IReadOnlyDictionary<string, BinaryCounts> ByTag)
{
    /// <summary>The pseudo rule id of flagged posts without a reason from any claim rule (classifier or known claim alone).</summary>
    public const string NoRule = "none";

    /// <summary>Breaks a run's items down by rule and by tag.</summary>
    public static PostSlices From(IReadOnlyList<PostItemResult> items)
    {
        var truth = items.Select(i => i.Gold.IsMisinformation).ToList();
        var rules = items.SelectMany(i => RulesOf(i.Scored)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        var byRule = rules.ToDictionary(
            rule => rule,
            rule => BinaryCounts.From([.. items.Select(i => RulesOf(i.Scored).Contains(rule))], truth),
            StringComparer.Ordinal);
        var tags = items.SelectMany(i => i.Gold.Tags ?? []).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal);
        var byTag = tags.ToDictionary(
            tag => tag,
            tag =>
            {
                var tagged = items.Where(i => i.Gold.Tags?.Contains(tag) == true).ToList();
                return BinaryCounts.From([.. tagged.Select(i => i.Scored.Flagged)], [.. tagged.Select(i => i.Gold.IsMisinformation)]);
            },
            StringComparer.Ordinal);
        return new PostSlices(byRule, byTag);
    }

    private static IReadOnlyList<string> RulesOf(ScoredPost scored) =>
        scored.Findings.Count > 0 ? [.. scored.Findings.Select(f => f.Rule).Distinct(StringComparer.Ordinal)]
        : scored.Flagged ? [NoRule]
        : [];
}
