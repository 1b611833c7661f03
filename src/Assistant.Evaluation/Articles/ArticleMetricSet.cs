using Assistant.Core.Text;
using Assistant.Evaluation.Metrics;

namespace Assistant.Evaluation.Articles;

/// <summary>
/// Flattens an article benchmark run into metrics.json: our retriever unprefixed (recallAt5), the FTS5 peer prefixed
/// "peer" (peerRecallAt5), each question type after the prefix with its diacritics folded (typeDungSaiRecallAt5).
/// </summary>
public static class ArticleMetricSet
{
    /// <summary>The flat metrics of the run.</summary>
    public static MetricSet From(ArticleRetrievalRun run)
    {
        var benchmark = run.Benchmark;
        var set = new MetricSet()
            .Set("questions", benchmark.Questions.Count)
            .Set("badItems", benchmark.Errors.Count)
            .Set("laws", benchmark.Documents.Count)
            .Set("articles", benchmark.Articles)
            .Set("passages", benchmark.Passages)
            .Set("passagesOutsideArticles", benchmark.PassagesOutsideArticles);
        foreach (var category in run.Categories)
        {
            var tag = category.Type == ArticleCategory.All ? null : TypeTag(category.Type);
            Add(set, null, tag, category.Ours);
            Add(set, "peer", tag, category.Peer);
        }

        return set;
    }

    /// <summary>The metric-name tag of a question type: "Đúng/Sai" → "type:Dung/Sai" (composed as "typeDungSai…").</summary>
    public static string TypeTag(string type) => "type:" + VietnameseText.Fold(type);

    private static void Add(MetricSet set, string? prefix, string? tag, ArticleRetrievalMetrics metrics)
    {
        set.Set(MetricName.Compose(prefix, tag, "recallAt1"), metrics.RecallAt1)
            .Set(MetricName.Compose(prefix, tag, "recallAt5"), metrics.RecallAt5)
            .Set(MetricName.Compose(prefix, tag, "recallAt10"), metrics.RecallAt10)
            .Set(MetricName.Compose(prefix, tag, "mrrAt10"), metrics.MrrAt10);
        if (tag is null)
        {
            set.Set(MetricName.Compose(prefix, "p50Ms"), metrics.Latency.P50Ms)
                .Set(MetricName.Compose(prefix, "p95Ms"), metrics.Latency.P95Ms)
                .Set(MetricName.Compose(prefix, "maxMs"), metrics.Latency.MaxMs);
        }
    }
}
