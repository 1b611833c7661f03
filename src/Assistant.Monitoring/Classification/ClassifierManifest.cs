namespace Assistant.Monitoring.Classification;

/// <summary>The description of a saved classifier (<c>manifest.json</c> inside the model .zip).</summary>
internal sealed record ClassifierManifest(
    int FormatVersion,
    IReadOnlyList<string> Labels,
    FeaturizerSettings Featurizer,
    IReadOnlyList<ClassifierManifest.BinaryEntry> Binary,
    IReadOnlyList<float>? LabelBiases,
    int TrainingPostCount)
{
    /// <summary>Format 2: linear weights in <c>weights.bin</c> (format 1 held ML.NET models and is no longer read).</summary>
    public const int CurrentFormatVersion = 2;

    /// <summary>One misinformation-vs-rest linear model: its learner, bias and Platt parameters.</summary>
    internal sealed record BinaryEntry(BinaryLearner Learner, float Bias, double PlattA, double PlattB);
}
