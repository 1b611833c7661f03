using Assistant.Evaluation.Posts;

namespace Assistant.Evaluation.Tests.Posts;

public sealed class BinaryCountsTests
{
    [Fact]
    public void From_MixedDecisions_CountsAndRatios()
    {
        var counts = BinaryCounts.From([true, true, false, false, true], [true, false, true, false, true]);

        Assert.Equal(new BinaryCounts(2, 1, 1, 1), counts);
        Assert.Equal(0.6667, counts.Precision);
        Assert.Equal(0.6667, counts.Recall);
        Assert.Equal(0.6667, counts.F1);
        Assert.Equal(0.6, counts.Accuracy);
    }

    [Fact]
    public void F1_NothingPredicted_IsZeroNotNaN()
    {
        var counts = BinaryCounts.From([false, false], [true, false]);

        Assert.Equal(0, counts.Precision);
        Assert.Equal(0, counts.Recall);
        Assert.Equal(0, counts.F1);
    }

    [Fact]
    public void F1_NoPositiveAtAll_IsZero()
    {
        var counts = BinaryCounts.From([false, true], [false, false]);

        Assert.Equal(0, counts.Recall);
        Assert.Equal(0, counts.F1);
        Assert.Equal(0.5, counts.Accuracy);
    }

    [Fact]
    public void F1_Perfect_IsOne()
    {
        Assert.Equal(1, BinaryCounts.From([true, false], [true, false]).F1);
    }
}
