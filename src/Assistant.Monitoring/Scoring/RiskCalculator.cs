using Assistant.Monitoring.Claims;
using Assistant.Monitoring.Classification;
using Assistant.Monitoring.KnownClaims;
using Microsoft.Extensions.Options;

namespace Assistant.Monitoring.Scoring;

/// <summary>
/// Combines the classifier's probability, contradictions, agreements and a known-claim match into the risk, and the
/// classifier's view with retrieval coverage into relevance; decides <c>flagged</c> and the label.
/// </summary>
public sealed class RiskCalculator(IOptions<RiskOptions> options)
{
    private static readonly HashSet<string> FalseVerdicts = new(StringComparer.Ordinal) { "sai_su_that", "gay_hieu_lam" };

    private readonly RiskOptions settings = options.Value;

    /// <summary>The risk decision for one post.</summary>
    public RiskDecision Decide(ClassifierResult classifier, ClaimCheckResult claims, KnownClaimCandidate? known)
    {
        var unrelated = classifier.Probabilities.GetValueOrDefault(PostLabels.Unrelated);
        var relevance = Math.Clamp(((1 - settings.CoverageWeight) * (1 - unrelated)) + (settings.CoverageWeight * claims.Coverage), 0, 1);

        var risk = classifier.MisinformationProbability;
        foreach (var _ in claims.Contradictions)
        {
            risk = Towards(risk, 1, settings.ContradictionWeight);
        }

        if (claims.Contradictions.Count == 0 && claims.Agreements > 0)
        {
            risk = Towards(risk, 0, 1 - Math.Pow(1 - settings.AgreementDiscount, Math.Min(claims.Agreements, 2)));
        }

        if (known is { IsMatch: true })
        {
            risk = FalseVerdicts.Contains(known.Claim.Verdict)
                ? Towards(risk, 1, settings.KnownClaimWeight * known.Similarity)
                : Towards(risk, 0, settings.KnownClaimWeight * known.Similarity);
        }

        var relevant = relevance >= settings.MinRelevance;
        var flagged = relevant && risk >= settings.Threshold;
        return new RiskDecision(risk, relevance, flagged, LabelOf(classifier, relevant, flagged));
    }

    private static double Towards(double value, double target, double weight) => value + ((target - value) * weight);

    private static string LabelOf(ClassifierResult classifier, bool relevant, bool flagged)
    {
        if (flagged)
        {
            return PostLabels.Misinformation;
        }

        if (!relevant)
        {
            return PostLabels.Unrelated;
        }

        return classifier.Label != PostLabels.Misinformation
            ? classifier.Label
            : classifier.Probabilities.Where(p => p.Key != PostLabels.Misinformation).MaxBy(p => p.Value).Key ?? PostLabels.Accurate;
    }
}
