namespace Assistant.Evaluation.Qa;

/// <summary>The results of one answerer (mode <c>extractive</c> or <c>llm</c>) on the gold questions.</summary>
/// <param name="Mode">The answer mode.</param>
/// <param name="Items">Per-question results, in input order.</param>
public sealed record QaModeRun(string Mode, IReadOnlyList<QaItemResult> Items)
{
    /// <summary>The metrics over every item.</summary>
    public QaMetrics Metrics { get; } = QaMetrics.From(Items);
}
