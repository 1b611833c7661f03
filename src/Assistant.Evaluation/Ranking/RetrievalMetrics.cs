namespace Assistant.Evaluation.Ranking;

/// <summary>Search quality over the answerable questions: hit@1, hit@5, MRR@10 and nDCG@10.</summary>
/// <param name="Items">Rankings measured.</param>
/// <param name="HitAt1">Share with a relevant passage first.</param>
/// <param name="HitAt5">Share with a relevant passage in the top 5.</param>
/// <param name="MrrAt10">Mean reciprocal rank of the first relevant passage within 10.</param>
/// <param name="NdcgAt10">Mean binary nDCG@10.</param>
public sealed record RetrievalMetrics(int Items, double HitAt1, double HitAt5, double MrrAt10, double NdcgAt10)
{
    /// <summary>Averages the rankings (all zero when there are none).</summary>
    public static RetrievalMetrics From(IReadOnlyCollection<RankedRelevance> rankings) => new(
        rankings.Count,
        Ratio.Mean(rankings, r => r.HitAt(1) ? 1 : 0),
        Ratio.Mean(rankings, r => r.HitAt(5) ? 1 : 0),
        Ratio.Mean(rankings, r => r.ReciprocalRankAt(10)),
        Ratio.Mean(rankings, r => r.NdcgAt(10)));
}
