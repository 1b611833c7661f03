using Assistant.Core.Monitoring;
using Assistant.Monitoring.Classification;

namespace Assistant.Monitoring.Tests.Classification;

public sealed class PostClassifierTrainerTests
{
    [Fact]
    public void Train_BinaryLabels_TwoLabelsAndComplementaryProbabilities()
    {
        var binary = TestPosts.All.Where(p => p.Label != PostLabel.Unrelated).ToList();

        using var classifier = new PostClassifierTrainer(TestPosts.Settings).Train(binary);
        var rumour = classifier.Classify("CHIA SẺ GẤP!!! Nghị quyết 71 bị hủy bỏ, học phí tăng gấp ba!!!");
        var official = classifier.Classify("Sở Giáo dục và Đào tạo chủ trì triển khai kế hoạch thực hiện Nghị quyết 71.");

        Assert.Equal([PostLabel.Misinformation, PostLabel.Accurate], classifier.Labels);
        Assert.Equal(PostLabel.Misinformation, rumour.Label);
        Assert.Equal(PostLabel.Accurate, official.Label);
        Assert.Equal(1.0, rumour.Probabilities[PostLabel.Misinformation] + rumour.Probabilities[PostLabel.Accurate], 12);
    }

    [Fact]
    public void Train_NoMisinformationPost_ThrowsNamingTheLabels()
    {
        var noMisinformation = TestPosts.All.Where(p => !p.IsMisinformation).ToList();

        var error = Assert.Throws<ArgumentException>(() => new PostClassifierTrainer(TestPosts.Settings).Train(noMisinformation));

        Assert.Contains("accurate, unrelated", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Train_SameDataTwice_SameScores()
    {
        using var first = new PostClassifierTrainer(TestPosts.Settings).Train(TestPosts.All);
        using var second = new PostClassifierTrainer(TestPosts.Settings).Train(TestPosts.All);
        const string text = "Nóng: phụ huynh phải nộp thêm 3 triệu đồng mỗi tháng!!!";

        Assert.Equal(first.Classify(text).Probabilities, second.Classify(text).Probabilities);
    }

    [Fact]
    public void CrossValidate_ThreeFolds_MetricsPerFoldAndMean()
    {
        var result = new PostClassifierTrainer(TestPosts.Settings).CrossValidate(TestPosts.All, folds: 3, TestContext.Current.CancellationToken);

        Assert.Equal(3, result.Folds.Count);
        Assert.Equal(TestPosts.All.Count, result.Mean.Count);
        Assert.Equal(result.Folds.Average(f => f.RocAuc), result.Mean.RocAuc, 12);
        Assert.All(result.Folds, f => Assert.InRange(f.Accuracy, 0, 1));
        Assert.True(result.Mean.RocAuc > 0.8, $"Cross-validated ROC-AUC {result.Mean.RocAuc} on an easy sample.");
    }
}
