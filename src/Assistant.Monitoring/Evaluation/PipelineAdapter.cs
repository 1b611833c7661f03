using Assistant.Core.Monitoring;
using Assistant.Monitoring.Classification;

namespace Assistant.Monitoring.Evaluation;

/// <summary>A binary <see cref="DefaultTextPipeline"/> through the harness's port: misinformation at probability 0.5 or more, else accurate.</summary>
public sealed class PipelineAdapter(DefaultTextPipeline pipeline) : ITrainedTextClassifier
{
    /// <inheritdoc />
    public IReadOnlyList<TextClassification> Classify(IReadOnlyList<string> texts, CancellationToken cancellationToken = default) =>
        [.. pipeline.Score(texts).Select(p => new TextClassification(p >= 0.5 ? PostLabel.Misinformation : PostLabel.Accurate, p))];

    /// <inheritdoc />
    public void Dispose()
    {
    }
}
