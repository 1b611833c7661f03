using Assistant.Core.Monitoring;

namespace Assistant.Evaluation.Posts;

/// <summary>The headline figures of a posts run.</summary>
/// <param name="Posts">Posts scored.</param>
/// <param name="Misinformation">Posts labelled misinformation.</param>
/// <param name="Flagging">The <c>flagged</c> decision against the misinformation label.</param>
/// <param name="Confusion">True label × predicted label.</param>
/// <param name="UnrelatedFlagged">Posts labelled unrelated that were flagged anyway (must stay 0).</param>
/// <param name="RocAuc">ROC-AUC of <c>classifierScore</c>.</param>
/// <param name="PrAuc">Average precision of <c>classifierScore</c>.</param>
/// <param name="RiskRocAuc">ROC-AUC of the risk <c>score</c>, or null when the run has no risk score.</param>
/// <param name="RiskPrAuc">Average precision of the risk <c>score</c>, or null.</param>
/// <param name="Peer">The peer classifier's figures, or null.</param>
public sealed record PostMetrics(
    int Posts,
    int Misinformation,
    BinaryCounts Flagging,
    ConfusionMatrix Confusion,
    int UnrelatedFlagged,
    double? RocAuc,
    double? PrAuc,
    double? RiskRocAuc,
    double? RiskPrAuc,
    PeerPostMetrics? Peer)
{
    /// <summary>Computes the metrics; <paramref name="withRisk"/> says whether the risk score is a real one.</summary>
    public static PostMetrics From(IReadOnlyList<PostItemResult> items, bool withRisk)
    {
        var truth = items.Select(i => i.Gold.IsMisinformation).ToList();
        var classifier = items.Select(i => i.Scored.ClassifierScore).ToList();
        var risk = items.Select(i => i.Scored.Score).ToList();
        PeerPostMetrics? peer = null;
        if (items.Count > 0 && items.All(i => i.PeerScore is not null))
        {
            var peerScores = items.Select(i => i.PeerScore!.Value).ToList();
            peer = new PeerPostMetrics(
                BinaryCurves.RocAuc(peerScores, truth),
                BinaryCurves.AveragePrecision(peerScores, truth),
                BinaryCounts.From([.. peerScores.Select(s => s >= 0.5)], truth));
        }

        return new PostMetrics(
            items.Count,
            truth.Count(t => t),
            BinaryCounts.From([.. items.Select(i => i.Scored.Flagged)], truth),
            ConfusionMatrix.From([.. items.Select(i => i.Gold.Label!)], [.. items.Select(i => i.Scored.Label)], PostLabel.All),
            items.Count(i => i.Gold.Label == PostLabel.Unrelated && i.Scored.Flagged),
            BinaryCurves.RocAuc(classifier, truth),
            BinaryCurves.AveragePrecision(classifier, truth),
            withRisk ? BinaryCurves.RocAuc(risk, truth) : null,
            withRisk ? BinaryCurves.AveragePrecision(risk, truth) : null,
            peer);
    }
}
