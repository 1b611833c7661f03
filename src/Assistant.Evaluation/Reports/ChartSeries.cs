namespace Assistant.Evaluation.Reports;

/// <summary>A named series of values for a chart.</summary>
/// <param name="Name">Legend text.</param>
/// <param name="Values">One value per category (bars), or the y of each point (lines).</param>
/// <param name="X">The x of each point for line charts; null for bars.</param>
public sealed record ChartSeries(string Name, IReadOnlyList<double> Values, IReadOnlyList<double>? X = null);
