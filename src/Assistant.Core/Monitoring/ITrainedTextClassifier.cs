namespace Assistant.Core.Monitoring;

/// <summary>A classifier trained by an <see cref="IClassifierTrainer"/>.</summary>
public interface ITrainedTextClassifier : IDisposable
{
    /// <summary>Classifies the texts; results in input order.</summary>
    IReadOnlyList<TextClassification> Classify(IReadOnlyList<string> texts, CancellationToken cancellationToken = default);
}
