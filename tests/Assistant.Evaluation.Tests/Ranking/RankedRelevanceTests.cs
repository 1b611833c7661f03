using Assistant.Evaluation.Ranking;

namespace Assistant.Evaluation.Tests.Ranking;

public sealed class RankedRelevanceTests
{
    [Fact]
    public void NdcgAt10_RelevantAtTwoAndFour_MatchesTheFormula()
    {
        var ranking = new RankedRelevance([false, true, false, true], RelevantInCorpus: 2);

        var expected = ((1 / Math.Log2(3)) + (1 / Math.Log2(5))) / (1 + (1 / Math.Log2(3)));
        Assert.Equal(expected, ranking.NdcgAt(10), 6);
        Assert.Equal(2, ranking.FirstRelevantRank);
        Assert.Equal(0.5, ranking.ReciprocalRankAt(10));
        Assert.False(ranking.HitAt(1));
        Assert.True(ranking.HitAt(5));
    }

    [Fact]
    public void NdcgAt10_MoreRelevantInCorpusThanRetrieved_IsBelowOne()
    {
        var perfectTop = new RankedRelevance([true, false], RelevantInCorpus: 1);
        var missingOne = new RankedRelevance([true, false], RelevantInCorpus: 2);

        Assert.Equal(1, perfectTop.NdcgAt(10), 6);
        Assert.Equal(1 / (1 + (1 / Math.Log2(3))), missingOne.NdcgAt(10), 6);
    }

    [Fact]
    public void Metrics_NothingRelevant_AreZero()
    {
        var ranking = new RankedRelevance([false, false], RelevantInCorpus: 0);

        Assert.Null(ranking.FirstRelevantRank);
        Assert.Equal(0, ranking.NdcgAt(10));
        Assert.Equal(0, ranking.ReciprocalRankAt(10));
    }

    [Fact]
    public void ReciprocalRankAt_RankBeyondCutoff_IsZero()
    {
        var flags = Enumerable.Repeat(false, 11).Append(true).ToList();

        Assert.Equal(0, new RankedRelevance(flags, 1).ReciprocalRankAt(10));
    }

    [Fact]
    public void RetrievalMetrics_TwoRankings_AreAveraged()
    {
        var metrics = RetrievalMetrics.From([new RankedRelevance([true], 1), new RankedRelevance([false, false, true], 1)]);

        Assert.Equal(0.5, metrics.HitAt1);
        Assert.Equal(1, metrics.HitAt5);
        Assert.Equal(Math.Round((1 + (1 / 3.0)) / 2, 4), metrics.MrrAt10);
    }

    [Fact]
    public void RecallAt_TwoRelevantOneInTopTwo_IsTheShareFound()
    {
        var ranking = new RankedRelevance([false, true, false, false, false, true], RelevantInCorpus: 2);

        Assert.Equal(0, ranking.RecallAt(1));
        Assert.Equal(0.5, ranking.RecallAt(5));
        Assert.Equal(1, ranking.RecallAt(10));
        Assert.Equal(0, new RankedRelevance([true], RelevantInCorpus: 0).RecallAt(5));
    }
}
