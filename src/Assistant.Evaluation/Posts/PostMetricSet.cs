using Assistant.Evaluation.Metrics;

namespace Assistant.Evaluation.Posts;

/// <summary>
/// Flattens a posts run into metrics.json: precision, recall, f1 (of <c>flagged</c>), unrelatedFlagged, rocAuc and prAuc (of
/// <c>classifierScore</c>), riskRocAuc and riskPrAuc (of <c>score</c>), peerRocAuc…, cvRocAuc….
/// </summary>
public static class PostMetricSet
{
    /// <summary>The flat metrics of the run (undefined AUCs are left out).</summary>
    public static MetricSet From(PostsRun run)
    {
        var metrics = run.Metrics;
        var set = new MetricSet()
            .Set("posts", metrics.Posts)
            .Set("misinformation", metrics.Misinformation)
            .Set("badGoldLines", run.Errors.Count)
            .Set("precision", metrics.Flagging.Precision)
            .Set("recall", metrics.Flagging.Recall)
            .Set("f1", metrics.Flagging.F1)
            .Set("unrelatedFlagged", metrics.UnrelatedFlagged)
            .Set("labelAccuracy", metrics.Confusion.Accuracy);
        SetIfDefined(set, "rocAuc", metrics.RocAuc);
        SetIfDefined(set, "prAuc", metrics.PrAuc);
        SetIfDefined(set, "riskRocAuc", metrics.RiskRocAuc);
        SetIfDefined(set, "riskPrAuc", metrics.RiskPrAuc);
        if (metrics.Peer is { } peer)
        {
            SetIfDefined(set, "peerRocAuc", peer.RocAuc);
            SetIfDefined(set, "peerPrAuc", peer.PrAuc);
            set.Set("peerF1", peer.AtHalf.F1);
        }

        if (run.CrossValidation is { } cv)
        {
            set.Set("cvFolds", cv.Folds.Count)
                .Set("cvRocAuc", cv.MeanRocAuc)
                .Set("cvRocAucStd", cv.StdRocAuc)
                .Set("cvPrAuc", cv.MeanPrAuc)
                .Set("cvF1", cv.MeanF1)
                .Set("cvLabelAccuracy", cv.MeanLabelAccuracy);
        }

        return set;
    }

    private static void SetIfDefined(MetricSet set, string name, double? value)
    {
        if (value is { } defined)
        {
            set.Set(name, defined);
        }
    }
}
