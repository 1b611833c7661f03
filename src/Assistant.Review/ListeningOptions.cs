using System.ComponentModel.DataAnnotations;

namespace Assistant.Review;

/// <summary>The listening loop's settings (<c>Listening</c> section): official answers and the information-gap insights.</summary>
public sealed class ListeningOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Listening";

    /// <summary>SQLite file name inside <c>Data:Directory</c> (official answers, their audit, topics marked handled).</summary>
    [Required]
    public string DatabaseFile { get; set; } = "listening.db";

    /// <summary>
    /// Least similarity (weighted Dice coefficient of the understood terms, 0–1) for a question to join a topic of the
    /// insights. Chosen on <c>eval/topic-groups.jsonl</c> (<c>eval topics</c>).
    /// </summary>
    [Range(0.05, 1.0)]
    public double TopicSimilarity { get; set; } = 0.55;

    /// <summary>Most turns read for one insights or report period (the newest beyond it are left out, and the page says so).</summary>
    [Range(100, 1_000_000)]
    public int MaxTurns { get; set; } = 20_000;

    /// <summary>Example questions shown per topic.</summary>
    [Range(1, 20)]
    public int ExamplesPerTopic { get; set; } = 3;

    /// <summary>Longest answer text of an official answer, in characters.</summary>
    [Range(100, 20_000)]
    public int MaxAnswerLength { get; set; } = 4_000;
}
