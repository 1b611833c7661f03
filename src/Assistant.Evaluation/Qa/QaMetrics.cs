namespace Assistant.Evaluation.Qa;

/// <summary>The headline figures of a QA run (written as metrics.json, camelCase).</summary>
public sealed record QaMetrics(
    int Questions,
    int Answerable,
    int Unanswerable,
    double HitAt1,
    double HitAt5,
    double MrrAt10,
    double FactRate,
    double CitationValidity,
    double RefusalAccuracy,
    double FalseRefusalRate,
    double P50Ms,
    double P95Ms)
{
    /// <summary>Computes the metrics of a list of item results.</summary>
    public static QaMetrics From(IReadOnlyList<QaItemResult> items)
    {
        var answerable = items.Where(i => i.Gold.Answerable == true).ToList();
        var unanswerable = items.Where(i => i.Gold.Answerable != true).ToList();
        var answered = items.Where(i => !i.Answer.Refused).ToList();
        var latencies = items.Select(i => i.Answer.ElapsedMs).Order().ToList();
        return new QaMetrics(
            items.Count,
            answerable.Count,
            unanswerable.Count,
            Share(answerable, i => i.FirstRelevantRank == 1),
            Share(answerable, i => i.FirstRelevantRank <= 5),
            answerable.Count == 0 ? 0 : Math.Round(answerable.Sum(i => i.FirstRelevantRank is { } r && r <= 10 ? 1.0 / r : 0) / answerable.Count, 4),
            Share(answerable, i => !i.Answer.Refused && i.StatesFact),
            Share(answered, i => i.CitationsValid),
            Share(unanswerable, i => i.Answer.Refused),
            Share(answerable, i => i.Answer.Refused),
            Percentile(latencies, 0.5),
            Percentile(latencies, 0.95));
    }

    private static double Share(IReadOnlyCollection<QaItemResult> items, Func<QaItemResult, bool> predicate) =>
        items.Count == 0 ? 0 : Math.Round(items.Count(predicate) / (double)items.Count, 4);

    private static double Percentile(IReadOnlyList<double> sorted, double p) =>
        sorted.Count == 0 ? 0 : Math.Round(sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)], 3);
}
