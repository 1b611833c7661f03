using System.ComponentModel.DataAnnotations;

namespace Assistant.Answering.Extractive;

/// <summary>Thresholds of the extractive answerer (<c>Answering:Extractive</c>), chosen on eval/dev-questions.jsonl.</summary>
public sealed class ExtractiveOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Answering:Extractive";

    /// <summary>
    /// Below this share of the question's terms found in the best passages, the question is refused. On the dev set
    /// the best-covered unanswerable question reaches 0.35 and the least-covered answerable one 0.45; the bar stays at
    /// the top of that gap, since answering what the documents do not say costs more than one refusal too many.
    /// </summary>
    [Range(0, 1)]
    public double MinCoverage { get; set; } = 0.45;

    /// <summary>Passages retrieved and returned with the answer.</summary>
    [Range(1, 50)]
    public int PassageCount { get; set; } = 10;

    /// <summary>Top passages whose sentences are read for the answer.</summary>
    [Range(1, 20)]
    public int PassagesToRead { get; set; } = 5;

    /// <summary>Most sentences in an answer.</summary>
    [Range(1, 5)]
    public int MaxSentences { get; set; } = 3;

    /// <summary>A further sentence is added only when it scores at least this share of the best one.</summary>
    [Range(0, 1)]
    public double FollowingSentenceRatio { get; set; } = 0.8;

    /// <summary>
    /// When the best sentence does not state the kind of fact asked (a number, a date), the best one that does leads the
    /// answer if it scores at least this share of the best; otherwise the question is a near miss.
    /// </summary>
    [Range(0, 1)]
    public double FactSentenceRatio { get; set; } = 0.6;

    /// <summary>Longest answer, in characters, before no further sentence is added.</summary>
    [Range(100, 5000)]
    public int MaxAnswerChars { get; set; } = 700;

    /// <summary>Added to a sentence about the agency the question names (under its heading, or with it as subject).</summary>
    [Range(0, 5)]
    public double SubjectBonus { get; set; } = 0.5;

    /// <summary>
    /// For "what must this agency do": the best sentence about the agency anchors the answer when it scores at least
    /// this share of the best sentence overall.
    /// </summary>
    [Range(0, 1)]
    public double SubjectAnchorRatio { get; set; } = 0.6;

    /// <summary>
    /// When the question names a province, taken from sentences of other documents (the national ones the search
    /// keeps): the province's own plan answers first.
    /// </summary>
    [Range(0, 5)]
    public double OtherDocumentPenalty { get; set; } = 0.3;

    /// <summary>Most items gathered from one list ("gồm những gì", the duties under an agency's heading).</summary>
    [Range(1, 10)]
    public int MaxListItems { get; set; } = 3;

    /// <summary>In a gathered list, an item other than the best one that is longer than this is cut to its first clause.</summary>
    [Range(40, 2000)]
    public int ListItemChars { get; set; } = 160;

    /// <summary>Longest gathered list, in characters, before no further item is added.</summary>
    [Range(100, 5000)]
    public int MaxListChars { get; set; } = 800;
}
