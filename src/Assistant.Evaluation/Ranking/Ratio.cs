namespace Assistant.Evaluation.Ranking;

/// <summary>Shares and means rounded to 4 decimals, 0 for an empty set (a metric of nothing is reported as 0, never NaN).</summary>
public static class Ratio
{
    /// <summary>Decimals kept in reported metrics.</summary>
    public const int Decimals = 4;

    /// <summary>Share of the items that satisfy the predicate.</summary>
    public static double Share<T>(IReadOnlyCollection<T> items, Func<T, bool> predicate) =>
        items.Count == 0 ? 0 : Math.Round(items.Count(predicate) / (double)items.Count, Decimals);

    /// <summary>Mean of a value over the items.</summary>
    public static double Mean<T>(IReadOnlyCollection<T> items, Func<T, double> value) =>
        items.Count == 0 ? 0 : Math.Round(items.Sum(value) / items.Count, Decimals);

    /// <summary><paramref name="numerator"/> / <paramref name="denominator"/>, 0 when the denominator is 0.</summary>
    public static double Of(double numerator, double denominator) =>
        denominator == 0 ? 0 : Math.Round(numerator / denominator, Decimals);
}
