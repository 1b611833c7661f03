using Assistant.Evaluation.Metrics;
using Assistant.Evaluation.Peer;
using Assistant.Evaluation.Ranking;

namespace Assistant.Evaluation.Qa;

/// <summary>
/// Flattens a QA run into metrics.json: the headline answerer unprefixed (hitAt5, factRate…), other answerers prefixed
/// by their mode (llmHitAt5), the peer prefixed "peer" (peerHitAt5); each category adds its tag after the prefix
/// (noDiacriticsHitAt5, peerNoDiacriticsHitAt5). A run over several sets keeps the first set's metrics as they are and
/// prefixes every other set's with its label (citizenDevFactRate), so the gate and comparisons read the first set as before.
/// </summary>
public static class QaMetricSet
{
    /// <summary>The flat metrics of the run.</summary>
    public static MetricSet From(QaRun run)
    {
        var set = new MetricSet()
            .Set("questions", run.Questions.Count)
            .Set("badGoldLines", run.Errors.Count);
        for (var m = 0; m < run.Modes.Count; m++)
        {
            AddAnswers(set, m == 0 ? null : run.Modes[m].Mode, null, run.Modes[m].Metrics);
        }

        if (run.PeerMetrics is { } peer)
        {
            AddPeer(set, null, peer);
        }

        foreach (var category in run.Categories.Where(c => c.Tag != QaCategory.All))
        {
            for (var m = 0; m < run.Modes.Count; m++)
            {
                AddCategory(set, m == 0 ? null : run.Modes[m].Mode, category.Tag, category.Modes[m]);
            }

            if (category.Peer is { Retrieval.Items: > 0 } categoryPeer)
            {
                AddRetrieval(set, "peer", category.Tag, categoryPeer.Retrieval, full: false);
            }
        }

        return set;
    }

    /// <summary>The flat metrics of several sets: the first unprefixed, the others prefixed by their label.</summary>
    public static MetricSet From(IReadOnlyList<QaSet> sets)
    {
        var set = From(sets[0].Run);
        foreach (var other in sets.Skip(1))
        {
            set.Add(From(other.Run), other.Label);
        }

        return set;
    }

    private static void AddAnswers(MetricSet set, string? prefix, string? tag, QaMetrics metrics)
    {
        AddRetrieval(set, prefix, tag, metrics.Retrieval, full: true);
        set.Set(MetricName.Compose(prefix, tag, "factRate"), metrics.FactRate)
            .Set(MetricName.Compose(prefix, tag, "citationValidity"), metrics.CitationValidity)
            .Set(MetricName.Compose(prefix, tag, "citationPrecision"), metrics.CitationPrecision)
            .Set(MetricName.Compose(prefix, tag, "refusalAccuracy"), metrics.RefusalAccuracy)
            .Set(MetricName.Compose(prefix, tag, "refusalPrecision"), metrics.RefusalPrecision)
            .Set(MetricName.Compose(prefix, tag, "refusalRecall"), metrics.RefusalRecall)
            .Set(MetricName.Compose(prefix, tag, "falseRefusalRate"), metrics.FalseRefusalRate)
            .Set(MetricName.Compose(prefix, tag, "wrongAnswerRate"), metrics.WrongAnswerRate)
            .Set(MetricName.Compose(prefix, tag, "passRate"), metrics.PassRate)
            .Set(MetricName.Compose(prefix, tag, "p50Ms"), metrics.Latency.P50Ms)
            .Set(MetricName.Compose(prefix, tag, "p95Ms"), metrics.Latency.P95Ms)
            .Set(MetricName.Compose(prefix, tag, "maxMs"), metrics.Latency.MaxMs);
    }

    private static void AddCategory(MetricSet set, string? prefix, string tag, QaMetrics metrics)
    {
        if (metrics.Answerable > 0)
        {
            AddRetrieval(set, prefix, tag, metrics.Retrieval, full: false);
            set.Set(MetricName.Compose(prefix, tag, "factRate"), metrics.FactRate)
                .Set(MetricName.Compose(prefix, tag, "falseRefusalRate"), metrics.FalseRefusalRate)
                .Set(MetricName.Compose(prefix, tag, "wrongAnswerRate"), metrics.WrongAnswerRate);
        }

        if (metrics.Unanswerable > 0)
        {
            set.Set(MetricName.Compose(prefix, tag, "refusalAccuracy"), metrics.RefusalAccuracy);
        }

        set.Set(MetricName.Compose(prefix, tag, "passRate"), metrics.PassRate);
    }

    private static void AddPeer(MetricSet set, string? tag, PeerMetrics peer)
    {
        AddRetrieval(set, "peer", tag, peer.Retrieval, full: true);
        set.Set(MetricName.Compose("peer", tag, "p50Ms"), peer.Latency.P50Ms)
            .Set(MetricName.Compose("peer", tag, "p95Ms"), peer.Latency.P95Ms)
            .Set(MetricName.Compose("peer", tag, "maxMs"), peer.Latency.MaxMs);
    }

    private static void AddRetrieval(MetricSet set, string? prefix, string? tag, RetrievalMetrics retrieval, bool full)
    {
        if (full)
        {
            set.Set(MetricName.Compose(prefix, tag, "hitAt1"), retrieval.HitAt1);
        }

        set.Set(MetricName.Compose(prefix, tag, "hitAt5"), retrieval.HitAt5)
            .Set(MetricName.Compose(prefix, tag, "mrrAt10"), retrieval.MrrAt10);
        if (full)
        {
            set.Set(MetricName.Compose(prefix, tag, "ndcgAt10"), retrieval.NdcgAt10);
        }
    }
}
