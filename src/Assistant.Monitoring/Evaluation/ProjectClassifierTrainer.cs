using Assistant.Core.Monitoring;
using Assistant.Monitoring.Classification;
using Microsoft.Extensions.Options;

namespace Assistant.Monitoring.Evaluation;

/// <summary>Our post classifier as the eval harness trains it (<see cref="ClassifierTrainerKeys.Project"/>): <see cref="PostClassifierTrainer"/> with the configured settings.</summary>
public sealed class ProjectClassifierTrainer(IOptions<ClassifierOptions> options) : IClassifierTrainer
{
    /// <inheritdoc />
    public string Name => "Bộ phân loại NQ71 (đặc trưng tiếng Việt, ML.NET, hiệu chỉnh Platt)";

    /// <inheritdoc />
    public Task<ITrainedTextClassifier> TrainAsync(IReadOnlyList<TrainingPost> posts, CancellationToken cancellationToken = default) =>
        Task.Run<ITrainedTextClassifier>(
            () => new TrainedClassifierAdapter(new PostClassifierTrainer(options.Value.ToTrainingSettings()).Train(posts.Select(p => new LabelledPost(p.Id, p.Text, p.Label)))),
            cancellationToken);
}
