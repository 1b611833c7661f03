using Microsoft.ML;

namespace Assistant.Monitoring.Classification;

/// <summary>
/// What one thread needs to classify: a featurisation scratch and, created on first single-post use, one
/// PredictionEngine per model (PredictionEngine is not thread-safe; the classifier pools sessions).
/// </summary>
internal sealed class ScoringSession(FeatureScratch scratch) : IDisposable
{
    public FeatureScratch Scratch { get; } = scratch;

    public PredictionEngine<FeatureRow, BinaryScoreRow>[]? Binary { get; set; }

    public PredictionEngine<FeatureRow, MulticlassScoreRow>? Multiclass { get; set; }

    public void Dispose()
    {
        foreach (var engine in Binary ?? [])
        {
            engine.Dispose();
        }

        Multiclass?.Dispose();
    }
}
