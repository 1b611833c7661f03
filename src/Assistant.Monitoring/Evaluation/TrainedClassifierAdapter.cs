using Assistant.Core.Monitoring;
using Assistant.Monitoring.Classification;

namespace Assistant.Monitoring.Evaluation;

/// <summary>A <see cref="TrainedClassifier"/> seen through the harness's <see cref="ITrainedTextClassifier"/> port.</summary>
public sealed class TrainedClassifierAdapter(TrainedClassifier classifier) : ITrainedTextClassifier
{
    /// <inheritdoc />
    public IReadOnlyList<TextClassification> Classify(IReadOnlyList<string> texts, CancellationToken cancellationToken = default) =>
        [.. classifier.ClassifyBatch(texts, cancellationToken).Select(r => new TextClassification(r.Label, r.MisinformationProbability))];

    /// <inheritdoc />
    public void Dispose() => classifier.Dispose();
}
