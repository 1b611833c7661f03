using Assistant.Core.Monitoring;
using Assistant.Monitoring.Classification;
using Microsoft.Extensions.Options;

namespace Assistant.Monitoring.Evaluation;

/// <summary>The peer the harness compares our classifier with (<see cref="ClassifierTrainerKeys.Peer"/>): ML.NET's default <see cref="DefaultTextPipeline"/>.</summary>
public sealed class DefaultPipelineTrainer(IOptions<ClassifierOptions> options) : IClassifierTrainer
{
    /// <inheritdoc />
    public string Name => "ML.NET mặc định (FeaturizeText + SdcaLogisticRegression)";

    /// <inheritdoc />
    public Task<ITrainedTextClassifier> TrainAsync(IReadOnlyList<TrainingPost> posts, CancellationToken cancellationToken = default) =>
        Task.Run<ITrainedTextClassifier>(
            () => new PipelineAdapter(DefaultTextPipeline.Train(posts.Select(p => new LabelledPost(p.Id, p.Text, p.Label)), options.Value.Seed)),
            cancellationToken);
}
