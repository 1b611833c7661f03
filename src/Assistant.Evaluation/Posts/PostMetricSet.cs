using Assistant.Evaluation.Metrics;

namespace Assistant.Evaluation.Posts;

/// <summary>
/// Flattens a posts run into metrics.json: precision, recall, f1 (of <c>flagged</c>), unrelatedFlagged, rocAuc and prAuc (of
/// <c>classifierScore</c>), riskRocAuc and riskPrAuc (of <c>score</c>), peerRocAuc…, cvRocAuc…, per claim rule
/// (<c>ruleSignerPrecision</c>, <c>ruleSignerRecall</c>, <c>ruleSignerPosts</c>) and per tag (<c>tagNoDiacriticsF1</c>…).
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

        foreach (var (rule, counts) in run.Slices.ByRule)
        {
            set.Set(MetricName.Compose("rule", rule, "precision"), counts.Precision)
                .Set(MetricName.Compose("rule", rule, "recall"), counts.Recall)
                .Set(MetricName.Compose("rule", rule, "posts"), counts.Predicted);
        }

        foreach (var (tag, counts) in run.Slices.ByTag)
        {
            set.Set(MetricName.Compose("tag", tag, "precision"), counts.Precision)
                .Set(MetricName.Compose("tag", tag, "recall"), counts.Recall)
                .Set(MetricName.Compose("tag", tag, "f1"), counts.F1);
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
