namespace Assistant.Review.Insights;

/// <summary>
/// Pairwise agreement of a grouping with labelled groups: of the pairs put together, how many belong together
/// (precision); of the pairs that belong together, how many were put together (recall).
/// </summary>
/// <param name="Precision">Pairs together in both / pairs together in the grouping (1 when it pairs none).</param>
/// <param name="Recall">Pairs together in both / pairs together in the labels (1 when the labels pair none).</param>
/// <param name="PredictedGroups">Number of groups found.</param>
/// <param name="LabelledGroups">Number of labelled groups.</param>
public sealed record GroupingAgreement(double Precision, double Recall, int PredictedGroups, int LabelledGroups)
{
    /// <summary>Harmonic mean of precision and recall.</summary>
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>The agreement of <paramref name="predicted"/> with <paramref name="labels"/> (same order, same length).</summary>
    public static GroupingAgreement Of<TLabel, TGroup>(IReadOnlyList<TLabel> labels, IReadOnlyList<TGroup> predicted)
    {
        ArgumentNullException.ThrowIfNull(labels);
        ArgumentNullException.ThrowIfNull(predicted);
        if (labels.Count != predicted.Count)
        {
            throw new ArgumentException("Labels and predicted groups differ in length.", nameof(predicted));
        }

        long both = 0, inPredicted = 0, inLabels = 0;
        for (var i = 0; i < labels.Count; i++)
        {
            for (var j = i + 1; j < labels.Count; j++)
            {
                var sameLabel = EqualityComparer<TLabel>.Default.Equals(labels[i], labels[j]);
                var samePredicted = EqualityComparer<TGroup>.Default.Equals(predicted[i], predicted[j]);
                both += sameLabel && samePredicted ? 1 : 0;
                inPredicted += samePredicted ? 1 : 0;
                inLabels += sameLabel ? 1 : 0;
            }
        }

        return new GroupingAgreement(
            inPredicted == 0 ? 1 : (double)both / inPredicted,
            inLabels == 0 ? 1 : (double)both / inLabels,
            predicted.Distinct().Count(),
            labels.Distinct().Count());
    }
}
