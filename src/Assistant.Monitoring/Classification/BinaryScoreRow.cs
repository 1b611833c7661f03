namespace Assistant.Monitoring.Classification;

/// <summary>The raw (uncalibrated) score of a misinformation-vs-rest model.</summary>
internal sealed class BinaryScoreRow
{
    public float Score;
}
