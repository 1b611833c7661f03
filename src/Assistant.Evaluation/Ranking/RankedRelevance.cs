namespace Assistant.Evaluation.Ranking;

/// <summary>Which of the retrieved passages (best first) are relevant, and how many relevant passages the corpus holds.</summary>
/// <param name="Flags">One flag per retrieved passage, best first.</param>
/// <param name="RelevantInCorpus">Relevant passages in the whole corpus (the ideal ranking of nDCG).</param>
public sealed record RankedRelevance(IReadOnlyList<bool> Flags, int RelevantInCorpus)
{
    /// <summary>1-based rank of the first relevant passage, or null.</summary>
    public int? FirstRelevantRank
    {
        get
        {
            for (var i = 0; i < Flags.Count; i++)
            {
                if (Flags[i])
                {
                    return i + 1;
                }
            }

            return null;
        }
    }

    /// <summary>True when a relevant passage is among the first <paramref name="k"/>.</summary>
    public bool HitAt(int k) => FirstRelevantRank <= k;

    /// <summary>Share of the corpus's relevant items found among the first <paramref name="k"/> (0 when nothing relevant exists).</summary>
    public double RecallAt(int k) => RelevantInCorpus == 0 ? 0 : Math.Min(1.0, Flags.Take(k).Count(f => f) / (double)RelevantInCorpus);

    /// <summary>1 / rank of the first relevant passage when it is within <paramref name="k"/>, else 0.</summary>
    public double ReciprocalRankAt(int k) => FirstRelevantRank is { } rank && rank <= k ? 1.0 / rank : 0;

    /// <summary>
    /// Binary nDCG@k: the gain of each relevant passage discounted by log2(rank + 1), over the gain of the ideal
    /// ranking (every relevant passage of the corpus first, at most k). 0 when nothing relevant exists.
    /// </summary>
    public double NdcgAt(int k)
    {
        var dcg = 0.0;
        var retrievedRelevant = 0;
        for (var i = 0; i < Math.Min(k, Flags.Count); i++)
        {
            if (Flags[i])
            {
                dcg += 1 / Math.Log2(i + 2);
                retrievedRelevant++;
            }
        }

        var ideal = Math.Min(k, Math.Max(RelevantInCorpus, retrievedRelevant));
        var idcg = 0.0;
        for (var i = 0; i < ideal; i++)
        {
            idcg += 1 / Math.Log2(i + 2);
        }

        return idcg == 0 ? 0 : dcg / idcg;
    }
}
