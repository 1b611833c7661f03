using System.ComponentModel.DataAnnotations;

namespace Assistant.Answering.Official;

/// <summary>How citizens' questions are matched to published official answers (<c>OfficialAnswers</c> section).</summary>
public sealed class OfficialAnswerOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "OfficialAnswers";

    /// <summary>
    /// Least similarity (weighted Dice coefficient of the understood terms, 0–1) between a question and an official
    /// answer's question or one of its paraphrases for the official answer to be served. Chosen on <c>eval/topic-groups.jsonl</c>.
    /// </summary>
    [Range(0.05, 1.0)]
    public double MatchThreshold { get; set; } = 0.6;
}
