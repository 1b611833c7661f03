namespace Assistant.Monitoring.Classification;

/// <summary>
/// Platt scaling: P(misinformation | score) = 1 / (1 + exp(A·score + B)), fitted on out-of-fold scores with the
/// regularised targets and Newton's method of Lin, Lin and Weng (2007), so probabilities are calibrated
/// rather than the over-confident training-set fit of a high-dimensional model.
/// </summary>
public sealed record PlattCalibration(double A, double B)
{
    /// <summary>The calibrated probability of a raw score.</summary>
    public double Probability(double score)
    {
        var f = (A * score) + B;
        return f >= 0 ? Math.Exp(-f) / (1 + Math.Exp(-f)) : 1 / (1 + Math.Exp(f));
    }

    /// <summary>Fits A and B on raw scores and their true labels.</summary>
    public static PlattCalibration Fit(IReadOnlyList<double> scores, IReadOnlyList<bool> labels)
    {
        if (scores.Count != labels.Count || scores.Count == 0)
        {
            throw new ArgumentException("Platt scaling needs as many labels as scores, and at least one.", nameof(labels));
        }

        double positives = labels.Count(l => l), negatives = labels.Count - positives;
        var high = (positives + 1) / (positives + 2);
        var low = 1 / (negatives + 2);
        var targets = labels.Select(l => l ? high : low).ToArray();
        var a = 0.0;
        var b = Math.Log((negatives + 1) / (positives + 1));
        var loss = Loss(scores, targets, a, b);
        for (var iteration = 0; iteration < 100; iteration++)
        {
            double h11 = 1e-12, h22 = 1e-12, h21 = 0, g1 = 0, g2 = 0;
            for (var i = 0; i < scores.Count; i++)
            {
                var f = (scores[i] * a) + b;
                double p, q;
                if (f >= 0)
                {
                    p = Math.Exp(-f) / (1 + Math.Exp(-f));
                    q = 1 / (1 + Math.Exp(-f));
                }
                else
                {
                    p = 1 / (1 + Math.Exp(f));
                    q = Math.Exp(f) / (1 + Math.Exp(f));
                }

                var d2 = p * q;
                h11 += scores[i] * scores[i] * d2;
                h22 += d2;
                h21 += scores[i] * d2;
                var d1 = targets[i] - p;
                g1 += scores[i] * d1;
                g2 += d1;
            }

            if (Math.Abs(g1) < 1e-5 && Math.Abs(g2) < 1e-5)
            {
                break;
            }

            var determinant = (h11 * h22) - (h21 * h21);
            var da = -((h22 * g1) - (h21 * g2)) / determinant;
            var db = -((-h21 * g1) + (h11 * g2)) / determinant;
            var gd = (g1 * da) + (g2 * db);
            var step = 1.0;
            while (step >= 1e-10)
            {
                var newA = a + (step * da);
                var newB = b + (step * db);
                var newLoss = Loss(scores, targets, newA, newB);
                if (newLoss < loss + (1e-4 * step * gd))
                {
                    (a, b, loss) = (newA, newB, newLoss);
                    break;
                }

                step /= 2;
            }

            if (step < 1e-10)
            {
                break;
            }
        }

        return new PlattCalibration(a, b);
    }

    private static double Loss(IReadOnlyList<double> scores, double[] targets, double a, double b)
    {
        var loss = 0.0;
        for (var i = 0; i < scores.Count; i++)
        {
            var f = (scores[i] * a) + b;
            loss += f >= 0 ? (targets[i] * f) + Math.Log(1 + Math.Exp(-f)) : ((targets[i] - 1) * f) + Math.Log(1 + Math.Exp(f));
        }

        return loss;
    }
}
