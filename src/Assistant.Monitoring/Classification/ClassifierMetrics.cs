using Assistant.Core.Monitoring;

namespace Assistant.Monitoring.Classification;

/// <summary>
/// Quality of the classifier on a set of posts: ranking quality of the misinformation probability (ROC-AUC, PR-AUC),
/// precision, recall and F1 of the predicted label on misinformation, and accuracy of the predicted label.
/// </summary>
public sealed record ClassifierMetrics(int Count, double RocAuc, double PrAuc, double Precision, double Recall, double F1, double Accuracy)
{
    /// <summary>Computes the metrics of results against the true labels.</summary>
    public static ClassifierMetrics Compute(IReadOnlyList<ClassifierResult> results, IReadOnlyList<string> trueLabels)
    {
        if (results.Count != trueLabels.Count)
        {
            throw new ArgumentException($"{results.Count} results for {trueLabels.Count} labels.", nameof(trueLabels));
        }

        var truth = trueLabels.Select(l => l == PostLabel.Misinformation).ToArray();
        var scores = results.Select(r => r.MisinformationProbability).ToArray();
        int truePositives = 0, predictedPositives = 0, correct = 0;
        for (var i = 0; i < results.Count; i++)
        {
            var predicted = results[i].Label == PostLabel.Misinformation;
            predictedPositives += predicted ? 1 : 0;
            truePositives += predicted && truth[i] ? 1 : 0;
            correct += results[i].Label == trueLabels[i] ? 1 : 0;
        }

        var actualPositives = truth.Count(t => t);
        var precision = predictedPositives == 0 ? 0 : (double)truePositives / predictedPositives;
        var recall = actualPositives == 0 ? 0 : (double)truePositives / actualPositives;
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new ClassifierMetrics(
            results.Count,
            ScoreMetrics.RocAuc(scores, truth),
            ScoreMetrics.PrAuc(scores, truth),
            precision,
            recall,
            f1,
            results.Count == 0 ? 0 : (double)correct / results.Count);
    }

    /// <summary>The mean of each metric over folds (total count).</summary>
    public static ClassifierMetrics Mean(IReadOnlyList<ClassifierMetrics> folds) => new(
        folds.Sum(f => f.Count),
        folds.Average(f => f.RocAuc),
        folds.Average(f => f.PrAuc),
        folds.Average(f => f.Precision),
        folds.Average(f => f.Recall),
        folds.Average(f => f.F1),
        folds.Average(f => f.Accuracy));
}
