using Assistant.Evaluation.Ranking;

namespace Assistant.Evaluation.Posts;

/// <summary>
/// A 2×2 table of a yes/no decision against the truth. Undefined ratios (nothing predicted, nothing to find) are 0,
/// as scikit-learn reports them.
/// </summary>
/// <param name="TruePositives">Predicted yes, truly yes.</param>
/// <param name="FalsePositives">Predicted yes, truly no.</param>
/// <param name="FalseNegatives">Predicted no, truly yes.</param>
/// <param name="TrueNegatives">Predicted no, truly no.</param>
public sealed record BinaryCounts(int TruePositives, int FalsePositives, int FalseNegatives, int TrueNegatives)
{
    /// <summary>Share of the predicted yes that are truly yes.</summary>
    public double Precision => Ratio.Of(TruePositives, TruePositives + FalsePositives);

    /// <summary>Share of the true yes that were predicted.</summary>
    public double Recall => Ratio.Of(TruePositives, TruePositives + FalseNegatives);

    /// <summary>Harmonic mean of precision and recall: 2TP / (2TP + FP + FN).</summary>
    public double F1 => Ratio.Of(2.0 * TruePositives, (2.0 * TruePositives) + FalsePositives + FalseNegatives);

    /// <summary>Share of all decisions that are right.</summary>
    public double Accuracy => Ratio.Of(TruePositives + TrueNegatives, TruePositives + FalsePositives + FalseNegatives + TrueNegatives);

    /// <summary>Number of yes predictions.</summary>
    public int Predicted => TruePositives + FalsePositives;

    /// <summary>Counts the decisions against the truth (same length and order).</summary>
    public static BinaryCounts From(IReadOnlyList<bool> predicted, IReadOnlyList<bool> truth)
    {
        if (predicted.Count != truth.Count)
        {
            throw new ArgumentException($"{predicted.Count} predictions for {truth.Count} truths.", nameof(predicted));
        }

        int tp = 0, fp = 0, fn = 0, tn = 0;
        for (var i = 0; i < truth.Count; i++)
        {
            _ = (predicted[i], truth[i]) switch
            {
                (true, true) => tp++,
                (true, false) => fp++,
                (false, true) => fn++,
                (false, false) => tn++,
            };
        }

        return new BinaryCounts(tp, fp, fn, tn);
    }
}
