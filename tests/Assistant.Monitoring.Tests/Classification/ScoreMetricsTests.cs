using Assistant.Monitoring.Classification;

namespace Assistant.Monitoring.Tests.Classification;

public sealed class ScoreMetricsTests
{
    [Fact]
    public void RocAuc_PerfectInvertedAndTiedRankings_OneZeroAndHalf()
    {
        bool[] truth = [false, false, true, true];

        Assert.Equal(1.0, ScoreMetrics.RocAuc([0.1, 0.2, 0.8, 0.9], truth));
        Assert.Equal(0.0, ScoreMetrics.RocAuc([0.9, 0.8, 0.2, 0.1], truth));
        Assert.Equal(0.5, ScoreMetrics.RocAuc([0.5, 0.5, 0.5, 0.5], truth));
        Assert.Equal(0.75, ScoreMetrics.RocAuc([0.1, 0.6, 0.5, 0.9], truth));
    }

    [Fact]
    public void PrAuc_OneNegativeRankedFirst_AveragePrecision()
    {
        // Ranking: negative, positive, positive → precisions at the positives 1/2 and 2/3.
        var value = ScoreMetrics.PrAuc([0.9, 0.8, 0.7], [false, true, true]);

        Assert.Equal(((1.0 / 2) + (2.0 / 3)) / 2, value, 12);
    }

    [Fact]
    public void RocAuc_OneClassOnly_NaN()
    {
        Assert.True(double.IsNaN(ScoreMetrics.RocAuc([0.1, 0.2], [true, true])));
    }
}
