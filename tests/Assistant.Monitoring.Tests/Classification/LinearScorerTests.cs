using Assistant.Monitoring.Classification;
using Microsoft.ML;
using Microsoft.ML.Data;

namespace Assistant.Monitoring.Tests.Classification;

public sealed class LinearScorerTests
{
    private static readonly string[] Probes =
    [
        "NÓNG!!! Chia sẻ gấp: Sở bãi bỏ Nghị quyết 71, học sinh phải nộp phí 10 triệu!!!",
        "Sở Giáo dục và Đào tạo chủ trì tổ chức quán triệt kế hoạch thực hiện Nghị quyết 71.",
        "Công thức nấu canh chua cá lóc với me, thơm, cà chua và rau ngổ. 한국어 ❤️",
        "nong!!! chia se gap: truong hoc dong cua, hoc phi tang gap doi!!! http://x.vn #tin",
    ];

    [Theory]
    [InlineData(BinaryLearner.LinearSvm)]
    [InlineData(BinaryLearner.AveragedPerceptron)]
    [InlineData(BinaryLearner.LbfgsLogisticRegression)]
    public void Classify_ExportedWeights_EqualMlNetScores(BinaryLearner learner)
    {
        var settings = TestPosts.Settings with { Learners = [learner] };
        var (classifier, binary, labelModel) = new PostClassifierTrainer(settings).TrainWithModels(TestPosts.All);
        using var _ = classifier;
        var ml = new MLContext(1);
        var scratch = classifier.Featurizer.CreateScratch();
        var data = FeatureSchema.Load(ml, Probes.Select(p => classifier.Featurizer.Featurize(p, scratch)), classifier.Featurizer.Dimension);
        var scores = binary[0].Transform(data).GetColumn<float>("Score").ToArray();
        var classes = labelModel!.Transform(data).GetColumn<VBuffer<float>>("Score").Select(v => v.DenseValues().ToArray()).ToArray();

        for (var i = 0; i < Probes.Length; i++)
        {
            var result = classifier.Classify(Probes[i]);
            var expected = classifier.BinaryModels[0].Calibration.Probability(scores[i]);
            Assert.Equal(expected, result.MisinformationProbability, 5);
            var others = classes[i][1] + classes[i][2];
            Assert.Equal((1 - expected) * classes[i][1] / others, result.Probabilities[classifier.Labels[1]], 4);
        }
    }

    [Fact]
    public void Classify_EnsembleOfLearners_AveragesCalibratedProbabilities()
    {
        var settings = TestPosts.Settings with { Learners = [BinaryLearner.LinearSvm, BinaryLearner.AveragedPerceptron] };
        var (classifier, binary, _) = new PostClassifierTrainer(settings).TrainWithModels(TestPosts.All);
        using var _ = classifier;
        var ml = new MLContext(1);
        var scratch = classifier.Featurizer.CreateScratch();
        var data = FeatureSchema.Load(ml, Probes.Select(p => classifier.Featurizer.Featurize(p, scratch)), classifier.Featurizer.Dimension);
        var svm = binary[0].Transform(data).GetColumn<float>("Score").ToArray();
        var perceptron = binary[1].Transform(data).GetColumn<float>("Score").ToArray();

        for (var i = 0; i < Probes.Length; i++)
        {
            var expected = (classifier.BinaryModels[0].Calibration.Probability(svm[i]) + classifier.BinaryModels[1].Calibration.Probability(perceptron[i])) / 2;
            Assert.Equal(expected, classifier.Classify(Probes[i]).MisinformationProbability, 5);
        }
    }
}
