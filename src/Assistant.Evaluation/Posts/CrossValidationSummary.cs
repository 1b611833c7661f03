using Assistant.Evaluation.Ranking;

namespace Assistant.Evaluation.Posts;

/// <summary>k-fold cross-validation of a classifier on its training data.</summary>
/// <param name="Classifier">Name of the classifier.</param>
/// <param name="Posts">Posts in the training data.</param>
/// <param name="Folds">Each fold's figures.</param>
public sealed record CrossValidationSummary(string Classifier, int Posts, IReadOnlyList<FoldResult> Folds)
{
    /// <summary>Mean ROC-AUC over the folds where it is defined.</summary>
    public double MeanRocAuc => Ratio.Mean(Defined(f => f.RocAuc), v => v);

    /// <summary>Standard deviation (population) of the fold ROC-AUCs.</summary>
    public double StdRocAuc
    {
        get
        {
            var values = Defined(f => f.RocAuc);
            var mean = values.Count == 0 ? 0 : values.Average();
            var variance = values.Count == 0 ? 0 : values.Average(v => (v - mean) * (v - mean));
            return Math.Round(Math.Sqrt(variance), Ratio.Decimals);
        }
    }

    /// <summary>Mean average precision.</summary>
    public double MeanPrAuc => Ratio.Mean(Defined(f => f.PrAuc), v => v);

    /// <summary>Mean F1 of the predicted misinformation label.</summary>
    public double MeanF1 => Ratio.Mean(Folds, f => f.Counts.F1);

    /// <summary>Mean label accuracy.</summary>
    public double MeanLabelAccuracy => Ratio.Mean(Folds, f => f.LabelAccuracy);

    private List<double> Defined(Func<FoldResult, double?> value) => [.. Folds.Select(value).Where(v => v is not null).Select(v => v!.Value)];
}
