using Assistant.Core.Monitoring;
using Assistant.Evaluation.Posts;

namespace Assistant.Evaluation.Tests.Posts;

public sealed class PostMetricsTests
{
    [Fact]
    public void From_UnrelatedPostFlagged_IsCountedApartFromOtherFalseFlags()
    {
        PostItemResult[] items =
        [
            Item("a", PostLabel.Unrelated, flagged: true),
            Item("b", PostLabel.Unrelated, flagged: false),
            Item("c", PostLabel.Accurate, flagged: true),
            Item("d", PostLabel.Misinformation, flagged: true),
        ];

        var metrics = PostMetrics.From(items, withRisk: true);

        Assert.Equal(1, metrics.UnrelatedFlagged);
        Assert.Equal(2, metrics.Flagging.FalsePositives);
    }

    private static PostItemResult Item(string id, string label, bool flagged) =>
        new(new GoldPost(id, "bài viết " + id, label),
            new ScoredPost { Id = id, Label = label, Flagged = flagged, Score = flagged ? 0.9 : 0.1, ClassifierScore = 0.5 },
            PeerScore: null);
}
