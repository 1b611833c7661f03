using Assistant.Evaluation.Posts;

namespace Assistant.Evaluation.Tests.Posts;

public sealed class StratifiedFoldsTests
{
    [Fact]
    public void Assign_TwoLabels_SpreadsEachLabelEvenly()
    {
        var labels = Enumerable.Range(0, 30).Select(i => i < 10 ? "misinformation" : "accurate").ToList();

        var folds = StratifiedFolds.Assign(labels, 5, seed: 7);

        for (var fold = 0; fold < 5; fold++)
        {
            Assert.Equal(2, Enumerable.Range(0, 10).Count(i => folds[i] == fold));
            Assert.Equal(6, Enumerable.Range(0, 30).Count(i => folds[i] == fold));
        }
    }

    [Fact]
    public void Assign_SameSeed_SameFolds()
    {
        string[] labels = ["a", "b", "a", "b", "a", "b", "a"];

        Assert.Equal(StratifiedFolds.Assign(labels, 3, 1), StratifiedFolds.Assign(labels, 3, 1));
    }
}
