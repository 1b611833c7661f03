namespace Assistant.Monitoring.Classification;

/// <summary>The class probabilities of the label model, in class-key order.</summary>
internal sealed class MulticlassScoreRow
{
    public float[] Score = [];
}
