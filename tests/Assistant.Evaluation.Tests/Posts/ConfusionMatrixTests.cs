using Assistant.Core.Monitoring;
using Assistant.Evaluation.Posts;

namespace Assistant.Evaluation.Tests.Posts;

public sealed class ConfusionMatrixTests
{
    [Fact]
    public void From_ThreeLabels_CountsTrueByPredicted()
    {
        var matrix = ConfusionMatrix.From(
            ["misinformation", "misinformation", "accurate", "unrelated"],
            ["misinformation", "accurate", "accurate", "misinformation"],
            PostLabel.All);

        Assert.Equal(PostLabel.All, matrix.Labels);
        Assert.Equal([1, 1, 0], matrix.Counts[0]);
        Assert.Equal([0, 1, 0], matrix.Counts[1]);
        Assert.Equal([1, 0, 0], matrix.Counts[2]);
        Assert.Equal(0.5, matrix.Accuracy);
    }

    [Fact]
    public void From_UnknownPredictedLabel_GetsItsOwnColumn()
    {
        var matrix = ConfusionMatrix.From(["accurate"], ["satire"], PostLabel.All);

        Assert.Equal(4, matrix.Labels.Count);
        Assert.Equal(1, matrix.Counts[1][3]);
    }
}
