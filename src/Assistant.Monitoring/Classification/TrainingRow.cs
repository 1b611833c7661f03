namespace Assistant.Monitoring.Classification;

/// <summary>A featurised training post: misinformation or not for the score model, class key (1-based) for the label model.</summary>
internal sealed class TrainingRow : FeatureRow
{
    public bool Label;

    public uint ClassKey;
}
