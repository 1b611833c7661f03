namespace Assistant.Monitoring.Classification;

/// <summary>Ranking metrics of a score against binary truth, shared by cross-validation, the eval harness and benchmarks.</summary>
public static class ScoreMetrics
{
    /// <summary>Area under the ROC curve (ties count one half); NaN when one class is absent.</summary>
    public static double RocAuc(IReadOnlyList<double> scores, IReadOnlyList<bool> truth)
    {
        var order = Order(scores, truth);
        double positives = truth.Count(t => t), negatives = truth.Count - positives;
        if (positives == 0 || negatives == 0)
        {
            return double.NaN;
        }

        // Mann-Whitney U with average ranks over ties.
        var rankSumOfPositives = 0.0;
        var i = 0;
        while (i < order.Length)
        {
            var j = i;
            while (j + 1 < order.Length && scores[order[j + 1]] == scores[order[i]])
            {
                j++;
            }

            var averageRank = ((i + j) / 2.0) + 1;
            for (var k = i; k <= j; k++)
            {
                if (truth[order[k]])
                {
                    rankSumOfPositives += averageRank;
                }
            }

            i = j + 1;
        }

        return (rankSumOfPositives - (positives * (positives + 1) / 2)) / (positives * negatives);
    }

    /// <summary>Area under the precision-recall curve as average precision; NaN when there is no positive.</summary>
    public static double PrAuc(IReadOnlyList<double> scores, IReadOnlyList<bool> truth)
    {
        var order = Order(scores, truth);
        var positives = truth.Count(t => t);
        if (positives == 0)
        {
            return double.NaN;
        }

        double sum = 0, truePositives = 0, seen = 0;
        var i = order.Length - 1;
        while (i >= 0)
        {
            // A group of tied scores enters the ranking at once.
            var j = i;
            var groupPositives = truth[order[i]] ? 1 : 0;
            while (j - 1 >= 0 && scores[order[j - 1]] == scores[order[i]])
            {
                j--;
                groupPositives += truth[order[j]] ? 1 : 0;
            }

            seen += i - j + 1;
            truePositives += groupPositives;
            sum += groupPositives * (truePositives / seen);
            i = j - 1;
        }

        return sum / positives;
    }

    private static int[] Order(IReadOnlyList<double> scores, IReadOnlyList<bool> truth)
    {
        if (scores.Count != truth.Count)
        {
            throw new ArgumentException($"{scores.Count} scores for {truth.Count} labels.", nameof(truth));
        }

        var order = Enumerable.Range(0, scores.Count).ToArray();
        Array.Sort(order, (x, y) => scores[x].CompareTo(scores[y]));
        return order;
    }
}
