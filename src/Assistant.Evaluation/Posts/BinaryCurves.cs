namespace Assistant.Evaluation.Posts;

/// <summary>
/// Ranking quality of a score against yes/no truths: ROC-AUC (Mann–Whitney, tied scores count one half), average
/// precision (the area under the PR curve as a step function over distinct thresholds) and the curves themselves.
/// Undefined (no positive or no negative) gives null.
/// </summary>
public static class BinaryCurves
{
    /// <summary>Probability that a random positive scores above a random negative, ties counting one half.</summary>
    public static double? RocAuc(IReadOnlyList<double> scores, IReadOnlyList<bool> truth)
    {
        Check(scores, truth);
        var positives = truth.Count(t => t);
        var negatives = truth.Count - positives;
        if (positives == 0 || negatives == 0)
        {
            return null;
        }

        var order = Enumerable.Range(0, scores.Count).OrderBy(i => scores[i]).ToArray();
        var positiveRankSum = 0.0;
        for (var start = 0; start < order.Length;)
        {
            var end = start;
            while (end + 1 < order.Length && scores[order[end + 1]] == scores[order[start]])
            {
                end++;
            }

            var averageRank = ((start + 1) + (end + 1)) / 2.0;
            for (var k = start; k <= end; k++)
            {
                positiveRankSum += truth[order[k]] ? averageRank : 0;
            }

            start = end + 1;
        }

        var u = positiveRankSum - (positives * (positives + 1) / 2.0);
        return Math.Round(u / ((double)positives * negatives), 4);
    }

    /// <summary>Average precision: Σ (recallₖ − recallₖ₋₁) · precisionₖ over distinct thresholds, highest first.</summary>
    public static double? AveragePrecision(IReadOnlyList<double> scores, IReadOnlyList<bool> truth)
    {
        var curve = PrecisionRecall(scores, truth);
        if (curve is null)
        {
            return null;
        }

        var area = 0.0;
        for (var i = 1; i < curve.Count; i++)
        {
            area += (curve[i].X - curve[i - 1].X) * curve[i].Y;
        }

        return Math.Round(area, 4);
    }

    /// <summary>The ROC curve from (0,0) to (1,1), one point per distinct threshold; null when undefined.</summary>
    public static IReadOnlyList<CurvePoint>? Roc(IReadOnlyList<double> scores, IReadOnlyList<bool> truth)
    {
        var steps = Steps(scores, truth);
        if (steps is null)
        {
            return null;
        }

        var (positives, negatives, groups) = steps.Value;
        return [new CurvePoint(0, 0), .. groups.Select(g => new CurvePoint(g.FalsePositives / (double)negatives, g.TruePositives / (double)positives))];
    }

    /// <summary>The PR curve (recall, precision) starting at (0, 1), one point per distinct threshold; null without positives.</summary>
    public static IReadOnlyList<CurvePoint>? PrecisionRecall(IReadOnlyList<double> scores, IReadOnlyList<bool> truth)
    {
        var steps = Steps(scores, truth, needNegatives: false);
        if (steps is null)
        {
            return null;
        }

        var (positives, _, groups) = steps.Value;
        return [new CurvePoint(0, 1), .. groups.Select(g => new CurvePoint(g.TruePositives / (double)positives, g.TruePositives / (double)(g.TruePositives + g.FalsePositives)))];
    }

    /// <summary>Cumulative (TP, FP) after each group of equal scores, highest scores first.</summary>
    private static (int Positives, int Negatives, List<(int TruePositives, int FalsePositives)> Groups)? Steps(
        IReadOnlyList<double> scores, IReadOnlyList<bool> truth, bool needNegatives = true)
    {
        Check(scores, truth);
        var positives = truth.Count(t => t);
        var negatives = truth.Count - positives;
        if (positives == 0 || (needNegatives && negatives == 0))
        {
            return null;
        }

        var order = Enumerable.Range(0, scores.Count).OrderByDescending(i => scores[i]).ToArray();
        var groups = new List<(int, int)>();
        int tp = 0, fp = 0;
        for (var k = 0; k < order.Length; k++)
        {
            _ = truth[order[k]] ? tp++ : fp++;
            if (k + 1 == order.Length || scores[order[k + 1]] != scores[order[k]])
            {
                groups.Add((tp, fp));
            }
        }

        return (positives, negatives, groups);
    }

    private static void Check(IReadOnlyList<double> scores, IReadOnlyList<bool> truth)
    {
        if (scores.Count != truth.Count)
        {
            throw new ArgumentException($"{scores.Count} scores for {truth.Count} truths.", nameof(scores));
        }
    }
}
