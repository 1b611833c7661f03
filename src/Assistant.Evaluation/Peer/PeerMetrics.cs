using Assistant.Evaluation.Ranking;
using Assistant.Evaluation.Timing;

namespace Assistant.Evaluation.Peer;

/// <summary>The peer's search quality (answerable questions) and its latency (every question).</summary>
/// <param name="Retrieval">hit@1, hit@5, MRR@10, nDCG@10.</param>
/// <param name="Latency">Time per search.</param>
public sealed record PeerMetrics(RetrievalMetrics Retrieval, LatencySummary Latency)
{
    /// <summary>Computes the metrics of the peer's results.</summary>
    public static PeerMetrics From(IReadOnlyList<PeerItemResult> items) => new(
        RetrievalMetrics.From([.. items.Where(i => i.Gold.Answerable == true).Select(i => i.Ranking)]),
        LatencySummary.From(items.Select(i => i.ElapsedMs)));
}
