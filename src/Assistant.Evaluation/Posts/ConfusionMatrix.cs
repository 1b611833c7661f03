namespace Assistant.Evaluation.Posts;

/// <summary>Counts of (true label, predicted label) over a fixed list of labels.</summary>
/// <param name="Labels">Row and column labels, in order.</param>
/// <param name="Counts">Counts[true][predicted].</param>
public sealed record ConfusionMatrix(IReadOnlyList<string> Labels, IReadOnlyList<IReadOnlyList<int>> Counts)
{
    /// <summary>Share of the items whose predicted label is the true one.</summary>
    public double Accuracy
    {
        get
        {
            var total = Counts.Sum(row => row.Sum());
            var right = Labels.Select((_, i) => Counts[i][i]).Sum();
            return Ranking.Ratio.Of(right, total);
        }
    }

    /// <summary>Builds the matrix; labels outside <paramref name="labels"/> are added after them in order of appearance.</summary>
    public static ConfusionMatrix From(IReadOnlyList<string> truth, IReadOnlyList<string> predicted, IReadOnlyList<string> labels)
    {
        if (truth.Count != predicted.Count)
        {
            throw new ArgumentException($"{predicted.Count} predictions for {truth.Count} truths.", nameof(predicted));
        }

        var all = labels.Concat(truth).Concat(predicted).Distinct(StringComparer.Ordinal).ToList();
        var counts = all.Select(_ => new int[all.Count]).ToArray();
        for (var i = 0; i < truth.Count; i++)
        {
            counts[all.IndexOf(truth[i])][all.IndexOf(predicted[i])]++;
        }

        return new ConfusionMatrix(all, counts);
    }
}
