using Assistant.Evaluation.Ranking;
using Assistant.Evaluation.Timing;

namespace Assistant.Evaluation.Articles;

/// <summary>Article-level search quality of one searcher: recall@1, @5, @10 and MRR@10 over the questions, and its latency.</summary>
/// <param name="Questions">Questions measured.</param>
/// <param name="RecallAt1">Mean share of the relevant articles ranked first.</param>
/// <param name="RecallAt5">Mean share of the relevant articles among the first five.</param>
/// <param name="RecallAt10">Mean share of the relevant articles among the first ten.</param>
/// <param name="MrrAt10">Mean reciprocal rank of the first relevant article within ten.</param>
/// <param name="Latency">Time per search.</param>
public sealed record ArticleRetrievalMetrics(int Questions, double RecallAt1, double RecallAt5, double RecallAt10, double MrrAt10, LatencySummary Latency)
{
    /// <summary>Averages the rankings (all zero when there are none).</summary>
    public static ArticleRetrievalMetrics From(IReadOnlyList<(RankedArticles Ranking, double ElapsedMs)> searches) => new(
        searches.Count,
        Ratio.Mean(searches, s => s.Ranking.Relevance.RecallAt(1)),
        Ratio.Mean(searches, s => s.Ranking.Relevance.RecallAt(5)),
        Ratio.Mean(searches, s => s.Ranking.Relevance.RecallAt(10)),
        Ratio.Mean(searches, s => s.Ranking.Relevance.ReciprocalRankAt(10)),
        LatencySummary.From(searches.Select(s => s.ElapsedMs)));
}
