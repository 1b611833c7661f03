namespace Assistant.Monitoring.Classification;

/// <summary>A featurised training post: misinformation or not for the score model, the label for the label model.</summary>
internal sealed class TrainingRow : FeatureRow
{
    public bool Label;

    public string Class = "";
}
