using Assistant.Core.Monitoring;
using Assistant.Monitoring.Claims;
using Assistant.Monitoring.Classification;
using Assistant.Monitoring.KnownClaims;
using Microsoft.Extensions.Options;

namespace Assistant.Monitoring.Scoring;

/// <summary>
/// Combines the classifier's probability, contradictions, agreements and a known-claim match into the risk, and the
/// classifier's view with the post's words (education terms, pairs of words the documents use) into relevance;
/// decides <c>flagged</c> and the label.
/// </summary>
public sealed class RiskCalculator(IOptions<RiskOptions> options)
{
    private static readonly HashSet<string> FalseVerdicts = new(StringComparer.Ordinal) { "sai_su_that", "gay_hieu_lam" };

    private readonly RiskOptions settings = options.Value;

    /// <summary>
    /// How much a post is about education policy (0–1): the classifier's probability that it is not unrelated, blended
    /// with the share of its word pairs the documents use; lowered when it names no education policy and does not speak
    /// the documents' language, more when it uses no education word at all.
    /// </summary>
    public double Relevance(ClassifierResult classifier, TopicEvidence topic)
    {
        ArgumentNullException.ThrowIfNull(classifier);
        ArgumentNullException.ThrowIfNull(topic);
        var unrelated = classifier.Probabilities.GetValueOrDefault(PostLabel.Unrelated);
        var blend = ((1 - settings.TopicWeight) * (1 - unrelated)) + (settings.TopicWeight * topic.CorpusOverlap);
        var factor = topic.PolicyTerms > 0 || topic.CorpusOverlap >= settings.DocumentLanguageOverlap ? 1
            : topic.EducationTerms > 0 ? settings.EducationOnlyFactor
            : settings.NoEducationTermFactor;
        return Math.Clamp(blend * factor, 0, 1);
    }

    /// <summary>True when a post of this relevance may be flagged (and its claims are worth checking).</summary>
    public bool IsRelevant(double relevance) => relevance >= settings.MinRelevance;

    /// <summary>The risk decision for one post of the given relevance.</summary>
    public RiskDecision Decide(ClassifierResult classifier, double relevance, ClaimCheckResult claims, KnownClaimCandidate? known)
    {
        ArgumentNullException.ThrowIfNull(classifier);
        ArgumentNullException.ThrowIfNull(claims);

        var risk = classifier.MisinformationProbability;
        foreach (var finding in claims.Findings)
        {
            risk = Towards(risk, 1, finding.Kind == ClaimFinding.NotStated ? settings.NotStatedWeight : settings.ContradictionWeight);
        }

        if (claims.Findings.Count == 0 && claims.Agreements > 0)
        {
            risk = Towards(risk, 0, 1 - Math.Pow(1 - settings.AgreementDiscount, Math.Min(claims.Agreements, 2)));
        }

        if (known is { IsMatch: true })
        {
            risk = FalseVerdicts.Contains(known.Claim.Verdict)
                ? Towards(risk, 1, settings.KnownClaimWeight * known.Similarity)
                : Towards(risk, 0, settings.KnownClaimWeight * known.Similarity);
        }

        var relevant = IsRelevant(relevance);
        var flagged = relevant && risk >= settings.Threshold;
        return new RiskDecision(risk, relevance, flagged, LabelOf(classifier, relevant, flagged));
    }

    private static double Towards(double value, double target, double weight) => value + ((target - value) * weight);

    private static string LabelOf(ClassifierResult classifier, bool relevant, bool flagged)
    {
        if (flagged)
        {
            return PostLabel.Misinformation;
        }

        if (!relevant)
        {
            return PostLabel.Unrelated;
        }

        return classifier.Label != PostLabel.Misinformation
            ? classifier.Label
            : classifier.Probabilities.Where(p => p.Key != PostLabel.Misinformation).MaxBy(p => p.Value).Key ?? PostLabel.Accurate;
    }
}
