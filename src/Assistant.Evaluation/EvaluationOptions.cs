using System.ComponentModel.DataAnnotations;

namespace Assistant.Evaluation;

/// <summary>Settings of the eval harness (<c>Evaluation</c> section).</summary>
public sealed class EvaluationOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Evaluation";

    /// <summary>Our classifier's training data, cross-validated by <c>eval posts</c>; relative to the repository root.</summary>
    [Required]
    public string ClassifierTrainingData { get; set; } = "corpus/posts/train.jsonl";

    /// <summary>Folds of the cross-validation; 0 skips it.</summary>
    [Range(0, 20)]
    public int CrossValidationFolds { get; set; } = 5;

    /// <summary>Where runs write their reports (a timestamped folder each) unless told otherwise; relative to the repository root.</summary>
    [Required]
    public string ReportsDirectory { get; set; } = "eval/reports";

    /// <summary>The regression gate's bounds; relative to the repository root.</summary>
    [Required]
    public string BaselinePath { get; set; } = "eval/baseline.json";

    /// <summary>
    /// Passages each searcher returns per question in <c>eval retrieval</c>, from which the first ten distinct articles are
    /// ranked (a long article is several passages).
    /// </summary>
    [Range(10, 1000)]
    public int ArticleSearchDepth { get; set; } = 50;
}
