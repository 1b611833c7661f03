namespace Assistant.Evaluation.Articles;

/// <summary>Both searchers' metrics on one kind of question (or on every question).</summary>
/// <param name="Type">The question type, or <see cref="All"/>.</param>
/// <param name="Ours">Our retriever's metrics.</param>
/// <param name="Peer">The FTS5 peer's metrics.</param>
public sealed record ArticleCategory(string Type, ArticleRetrievalMetrics Ours, ArticleRetrievalMetrics Peer)
{
    /// <summary>The category of every question.</summary>
    public const string All = "all";

    /// <summary>The metrics of the items.</summary>
    public static ArticleCategory Of(string type, IReadOnlyList<ArticleItemResult> items) => new(
        type,
        ArticleRetrievalMetrics.From([.. items.Select(i => (i.Ours, i.OursMs))]),
        ArticleRetrievalMetrics.From([.. items.Select(i => (i.Peer, i.PeerMs))]));
}
