using Assistant.Evaluation.Qa;
using Assistant.Evaluation.Ranking;

namespace Assistant.Evaluation.Peer;

/// <summary>How the FTS5 peer searched for one gold question.</summary>
/// <param name="Gold">The gold question.</param>
/// <param name="Ranking">Relevance of the passages it found, best first.</param>
/// <param name="ElapsedMs">Time of the search, in milliseconds.</param>
public sealed record PeerItemResult(GoldQuestion Gold, RankedRelevance Ranking, double ElapsedMs);
