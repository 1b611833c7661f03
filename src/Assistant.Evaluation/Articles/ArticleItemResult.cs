namespace Assistant.Evaluation.Articles;

/// <summary>How our search and the FTS5 peer ranked the articles for one question.</summary>
/// <param name="Question">The question.</param>
/// <param name="Ours">Articles our retriever found.</param>
/// <param name="OursMs">Time of our search, in milliseconds.</param>
/// <param name="Peer">Articles the FTS5 peer found.</param>
/// <param name="PeerMs">Time of the peer's search, in milliseconds.</param>
public sealed record ArticleItemResult(ArticleQuestion Question, RankedArticles Ours, double OursMs, RankedArticles Peer, double PeerMs);
