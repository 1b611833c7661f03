using System.Text.Json.Serialization;

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
    /// <summary>
    /// Format 3: the featuriser settings name the views of the character n-grams and the longest text featurised.
    /// Format 2 (linear weights in <c>weights.bin</c>, character n-grams of both views, whole texts) is still read;
    /// format 1 held ML.NET models and is not.
    /// </summary>
    public const int CurrentFormatVersion = 3;

    /// <summary>The oldest format still read.</summary>
    public const int OldestReadableFormatVersion = 2;

    /// <summary>The featuriser settings as this program reads them: format 2 had no setting for what format 3 added.</summary>
    [JsonIgnore]
    public FeaturizerSettings EffectiveFeaturizer => FormatVersion == 2
        ? Featurizer with { CharNgramViews = CharNgramViews.Both, MaxTextLength = 0 }
        : Featurizer;

    /// <summary>One misinformation-vs-rest linear model: its learner, bias and Platt parameters.</summary>
    internal sealed record BinaryEntry(BinaryLearner Learner, float Bias, double PlattA, double PlattB);
}
