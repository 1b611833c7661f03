using Assistant.Monitoring.Classification;

namespace Assistant.Monitoring.Tests.Classification;

/// <summary>One three-class classifier trained on the test sample, shared by the tests of a class.</summary>
public sealed class TrainedClassifierFixture : IDisposable
{
    public TrainedClassifier Classifier { get; } = new PostClassifierTrainer(TestPosts.Settings).Train(TestPosts.All);

    public void Dispose() => Classifier.Dispose();
}
