namespace Assistant.Monitoring.Classification;

/// <summary>Classifies post texts. Implementations are thread-safe.</summary>
public interface IPostClassifier
{
    /// <summary>The labels the classifier predicts, misinformation first.</summary>
    IReadOnlyList<string> Labels { get; }

    /// <summary>Classifies one text.</summary>
    ClassifierResult Classify(string text);

    /// <summary>Classifies many texts at once (faster per post than one by one); results in input order.</summary>
    IReadOnlyList<ClassifierResult> ClassifyBatch(IReadOnlyList<string> texts, CancellationToken cancellationToken = default);
}
