namespace Assistant.Evaluation.Articles;

/// <summary>A whole article benchmark run: both searchers on every question, overall and by question type.</summary>
/// <param name="Benchmark">What was searched and asked.</param>
/// <param name="Items">Per-question results, in file order.</param>
public sealed record ArticleRetrievalRun(ArticleBenchmark Benchmark, IReadOnlyList<ArticleItemResult> Items)
{
    /// <summary>Every question first, then each question type in name order.</summary>
    public IReadOnlyList<ArticleCategory> Categories { get; } =
    [
        ArticleCategory.Of(ArticleCategory.All, Items),
        .. Items.GroupBy(i => i.Question.QuestionType ?? string.Empty, StringComparer.Ordinal)
            .Where(g => g.Key.Length > 0)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => ArticleCategory.Of(g.Key, [.. g])),
    ];

    /// <summary>Both searchers on every question.</summary>
    public ArticleCategory Overall => Categories[0];
}
