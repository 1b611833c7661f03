namespace Assistant.Evaluation.Metrics;

/// <summary>Whether a metric is better when higher (rates, AUCs) or when lower (latencies, false refusals).</summary>
public static class MetricDirection
{
    /// <summary>True for latencies (<c>…Ms</c>), false-refusal and wrong-answer rates, and standard deviations.</summary>
    public static bool LowerIsBetter(string name) =>
        name.EndsWith("Ms", StringComparison.Ordinal)
        || name.Contains("FalseRefusalRate", StringComparison.OrdinalIgnoreCase)
        || name.Contains("WrongAnswerRate", StringComparison.OrdinalIgnoreCase)
        || name.EndsWith("Std", StringComparison.Ordinal);
}
