using Assistant.Evaluation.Ranking;

namespace Assistant.Evaluation.Articles;

/// <summary>The distinct articles of a search's passages, best first, and which of them are relevant.</summary>
/// <param name="Articles">Articles in the order their first passage was found, at most <see cref="Depth"/>.</param>
/// <param name="Relevance">One flag per article; the relevant count is the question's relevant articles.</param>
public sealed record RankedArticles(IReadOnlyList<ArticleKey> Articles, RankedRelevance Relevance)
{
    /// <summary>Articles ranked per question (recall@10 and MRR@10 need ten).</summary>
    public const int Depth = 10;

    /// <summary>
    /// Ranks the articles of the passages (document id, section), best first: a passage counts as the article of its
    /// law whose "Điều N" its section starts with; later passages of an article already ranked, and passages outside any
    /// article, are skipped.
    /// </summary>
    public static RankedArticles Of(IEnumerable<(string Doc, string Section)> passages, IReadOnlySet<ArticleKey> relevant)
    {
        var articles = new List<ArticleKey>(Depth);
        foreach (var (doc, section) in passages)
        {
            if (ArticleKey.OfPassage(doc, section) is { } key && !articles.Contains(key))
            {
                articles.Add(key);
                if (articles.Count == Depth)
                {
                    break;
                }
            }
        }

        return new RankedArticles(articles, new RankedRelevance([.. articles.Select(relevant.Contains)], relevant.Count));
    }
}
