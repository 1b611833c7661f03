namespace Assistant.Monitoring.Classification;

/// <summary>The description of a saved classifier (<c>manifest.json</c> inside the model .zip).</summary>
internal sealed record ClassifierManifest(
    int FormatVersion,
    IReadOnlyList<string> Labels,
    FeaturizerSettings Featurizer,
    IReadOnlyList<ClassifierManifest.BinaryEntry> Binary,
    bool HasLabelModel,
    int TrainingPostCount)
{
    public const int CurrentFormatVersion = 1;

    /// <summary>One misinformation-vs-rest model: its learner, Platt parameters and the zip entry of the ML.NET model.</summary>
    internal sealed record BinaryEntry(BinaryLearner Learner, double PlattA, double PlattB, string Entry);
}
