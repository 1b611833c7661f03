using Assistant.Evaluation.Posts;

namespace Assistant.Evaluation.Tests.Posts;

public sealed class BinaryCurvesTests
{
    [Fact]
    public void RocAuc_ScikitLearnExample_IsThreeQuarters()
    {
        Assert.Equal(0.75, BinaryCurves.RocAuc([0.1, 0.4, 0.35, 0.8], [false, false, true, true]));
    }

    [Fact]
    public void RocAuc_TiedPositiveAndNegative_CountsOneHalf()
    {
        // Pairs (positive, negative): (0.5, 0.2) 1, (0.5, 0.5) ½, (0.9, 0.2) 1, (0.9, 0.5) 1 → 3.5 / 4.
        Assert.Equal(0.875, BinaryCurves.RocAuc([0.2, 0.5, 0.5, 0.9], [false, true, false, true]));
    }

    [Fact]
    public void RocAuc_AllScoresEqual_IsOneHalf()
    {
        Assert.Equal(0.5, BinaryCurves.RocAuc([0.3, 0.3, 0.3, 0.3, 0.3], [true, false, false, true, false]));
    }

    [Fact]
    public void RocAuc_PerfectAndReversed_AreOneAndZero()
    {
        Assert.Equal(1, BinaryCurves.RocAuc([0.9, 0.8, 0.1], [true, true, false]));
        Assert.Equal(0, BinaryCurves.RocAuc([0.1, 0.2, 0.9], [true, true, false]));
    }

    [Fact]
    public void RocAuc_OneClassOnly_IsUndefined()
    {
        Assert.Null(BinaryCurves.RocAuc([0.1, 0.9], [true, true]));
        Assert.Null(BinaryCurves.AveragePrecision([0.1, 0.9], [false, false]));
    }

    [Fact]
    public void AveragePrecision_ScikitLearnExample_IsFiveSixths()
    {
        Assert.Equal(0.8333, BinaryCurves.AveragePrecision([0.1, 0.4, 0.35, 0.8], [false, false, true, true]));
    }

    [Fact]
    public void AveragePrecision_TiedScores_AreOneThreshold()
    {
        // Thresholds 0.9 (recall ½, precision 1) and 0.5 (recall 1, precision ⅔): ½·1 + ½·⅔.
        Assert.Equal(0.8333, BinaryCurves.AveragePrecision([0.9, 0.5, 0.5, 0.1], [true, true, false, false]));
    }

    [Fact]
    public void Roc_Curve_RunsFromOriginToOneOne()
    {
        var curve = BinaryCurves.Roc([0.1, 0.4, 0.35, 0.8], [false, false, true, true])!;

        Assert.Equal(new CurvePoint(0, 0), curve[0]);
        Assert.Equal(new CurvePoint(1, 1), curve[^1]);
        Assert.Equal(new CurvePoint(0, 0.5), curve[1]);
    }

    [Fact]
    public void RocAuc_DifferentLengths_Throws()
    {
        Assert.Throws<ArgumentException>(() => BinaryCurves.RocAuc([0.1], [true, false]));
    }
}
