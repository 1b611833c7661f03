using Assistant.Core.Monitoring;
using Assistant.Evaluation.Metrics;
using Assistant.Evaluation.Posts;

namespace Assistant.Evaluation.Tests.Posts;

public sealed class PostSlicesTests
{
    [Fact]
    public void From_ReasonsWithRuleIds_PrecisionAndRecallPerRule()
    {
        PostItemResult[] items =
        [
            Item("a", PostLabel.Misinformation, flagged: true, rules: ["signer"]),
            Item("b", PostLabel.Misinformation, flagged: true, rules: ["signer", "issuer"]),
            Item("c", PostLabel.Accurate, flagged: true, rules: ["signer"]),
            Item("d", PostLabel.Misinformation, flagged: true, rules: []),
            Item("e", PostLabel.Misinformation, flagged: false, rules: []),
        ];

        var slices = PostSlices.From(items);

        Assert.Equal(["issuer", PostSlices.NoRule, "signer"], slices.ByRule.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(3, slices.ByRule["signer"].Predicted);
        Assert.Equal(2.0 / 3, slices.ByRule["signer"].Precision, 4);
        Assert.Equal(2.0 / 4, slices.ByRule["signer"].Recall, 4);
        Assert.Equal(1.0 / 4, slices.ByRule[PostSlices.NoRule].Recall, 4);
    }

    [Fact]
    public void From_GoldTags_FlaggingPerTag_AndFlatMetricNames()
    {
        PostItemResult[] items =
        [
            Item("a", PostLabel.Misinformation, flagged: true, rules: ["signer"], tags: ["no-diacritics"]),
            Item("b", PostLabel.Misinformation, flagged: false, rules: [], tags: ["no-diacritics"]),
            Item("c", PostLabel.Accurate, flagged: false, rules: [], tags: ["caps"]),
        ];
        var run = new PostsRun("test", [], items, HasRiskScore: true, PeerName: null, CrossValidation: null);

        var metrics = PostMetricSet.From(run);

        Assert.Equal(0.5, run.Slices.ByTag["no-diacritics"].Recall, 4);
        Assert.Equal(1.0, metrics[MetricName.Compose("rule", "signer", "precision")]!.Value, 4);
        Assert.Equal(0.5, metrics["tagNoDiacriticsRecall"]!.Value, 4);
    }

    private static PostItemResult Item(string id, string label, bool flagged, string[] rules, string[]? tags = null) =>
        new(new GoldPost(id, "bài viết " + id, label, tags),
            new ScoredPost
            {
                Id = id, Label = label, Flagged = flagged, Score = flagged ? 0.9 : 0.1, ClassifierScore = 0.5,
                Findings = [.. rules.Select(r => new ClaimFinding(r, ClaimFinding.Contradiction, "lý do " + r))],
            },
            PeerScore: null);
}
