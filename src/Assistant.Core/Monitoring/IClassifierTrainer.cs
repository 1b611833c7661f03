namespace Assistant.Core.Monitoring;

/// <summary>
/// Trains a post classifier from labelled posts, so the eval harness can cross-validate it and compare it with a peer
/// on the same split. Registered as keyed services under <see cref="ClassifierTrainerKeys"/>.
/// </summary>
public interface IClassifierTrainer
{
    /// <summary>A short name for reports, e.g. "NQ71 classifier" or "ML.NET FeaturizeText + SDCA".</summary>
    string Name { get; }

    /// <summary>Trains on all the posts.</summary>
    Task<ITrainedTextClassifier> TrainAsync(IReadOnlyList<TrainingPost> posts, CancellationToken cancellationToken = default);
}
