using System.ComponentModel.DataAnnotations;

namespace Assistant.Monitoring.Scoring;

/// <summary>How the overall risk of a post is made and when it is flagged (<c>Monitoring:Risk</c> section); tuned on eval/dev-posts.jsonl.</summary>
public sealed class RiskOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Monitoring:Risk";

    /// <summary>Risk (0–1) from which a post is flagged for the review queue.</summary>
    [Range(0.0, 1.0)]
    public double Threshold { get; set; } = 0.65;

    /// <summary>
    /// Relevance to education policy (0–1) below which a post is never flagged; its claims are then not checked
    /// against the corpus either (the check could not change the decision).
    /// </summary>
    [Range(0.0, 1.0)]
    public double MinRelevance { get; set; } = 0.5;

    /// <summary>How far each contradiction with the official text moves the risk towards 1; at or above <see cref="Threshold"/>, one contradiction quoting the documents is enough to flag.</summary>
    [Range(0.0, 1.0)]
    public double ContradictionWeight { get; set; } = 0.7;

    /// <summary>
    /// How far (0–1) each reason of kind "không có trong văn bản" (an obligation the documents do not set) moves the risk
    /// towards 1: weaker than a contradiction.
    /// </summary>
    [Range(0.0, 1.0)]
    public double NotStatedWeight { get; set; } = 0.5;

    /// <summary>How far a match with a claim judged false (scaled by similarity) moves the risk towards 1, or one judged true towards 0.</summary>
    [Range(0.0, 1.0)]
    public double KnownClaimWeight { get; set; } = 0.6;

    /// <summary>How much each fact the official text confirms (up to two) lowers the risk, when none is contradicted.</summary>
    [Range(0.0, 1.0)]
    public double AgreementDiscount { get; set; } = 0.3;

    /// <summary>Weight in relevance of the share of the post's word pairs the documents use; the rest is the classifier's probability of an education post.</summary>
    [Range(0.0, 1.0)]
    public double TopicWeight { get; set; } = 0.3;

    /// <summary>
    /// Factor on the relevance of a post that uses general education words (học sinh, trường) but no education-policy
    /// word and does not speak the documents' language: an advert for pupils' shoes is not about the plans, and such a
    /// post is relevant only when the classifier is sure it is about education.
    /// </summary>
    [Range(0.0, 1.0)]
    public double EducationOnlyFactor { get; set; } = 0.7;

    /// <summary>
    /// Factor on the relevance of a post that uses no education word at all and does not speak the
    /// documents' language (<see cref="DocumentLanguageOverlap"/>); below
    /// <see cref="MinRelevance"/>, such a post is never flagged whatever the classifier says.
    /// </summary>
    [Range(0.0, 1.0)]
    public double NoEducationTermFactor { get; set; } = 0.45;

    /// <summary>
    /// Share (0–1) of its word pairs the documents use from which a post without education-policy words is still taken
    /// as about the plans ("không còn hoạt động biểu dương, tôn vinh…"): it speaks the documents' own language.
    /// </summary>
    [Range(0.0, 1.0)]
    public double DocumentLanguageOverlap { get; set; } = 0.45;
}
