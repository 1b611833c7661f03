namespace Assistant.Evaluation.Gate;

/// <summary>A metric outside its bound, or missing from the metrics file.</summary>
/// <param name="Section">The baseline section (qa, posts…).</param>
/// <param name="Metric">The metric name.</param>
/// <param name="Actual">The measured value, or null when missing.</param>
/// <param name="Bound">The bound it breaks.</param>
public sealed record GateViolation(string Section, string Metric, double? Actual, GateBound Bound)
{
    /// <summary>One line naming the metric, its value and its bound.</summary>
    public string Message => Actual switch
    {
        null => $"{Section}.{Metric}: missing from the metrics file (required {Bound})",
        { } value when Bound.Min is { } min && value < min => $"{Section}.{Metric} = {value} is below its minimum {min}",
        { } value => $"{Section}.{Metric} = {value} is above its maximum {Bound.Max}",
    };
}
