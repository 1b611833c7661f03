using Assistant.Evaluation.Articles;

namespace Assistant.Evaluation.Tests.Articles;

public sealed class RankedArticlesTests
{
    [Fact]
    public void Of_PassagesOfItemsAndOtherLaws_RankEachArticleOnceAtItsFirstPassage()
    {
        var relevant = new HashSet<ArticleKey> { new("Luật A", 3) };

        var ranked = RankedArticles.Of(
            [("Luật A", "Điều 30"), ("Luật B", "Điều 3.1"), ("Luật A", "Chữ ký"), ("Luật A", "Điều 30.2.a"), ("Luật A", "Điều 3.2.a"), ("Luật A", "Điều 3")],
            relevant);

        Assert.Equal([new ArticleKey("Luật A", 30), new ArticleKey("Luật B", 3), new ArticleKey("Luật A", 3)], ranked.Articles);
        Assert.Equal(3, ranked.Relevance.FirstRelevantRank);
        Assert.Equal(1, ranked.Relevance.RecallAt(5));
        Assert.Equal(0, ranked.Relevance.RecallAt(1));
    }

    [Fact]
    public void Of_MoreThanTenArticles_KeepsTheFirstTen()
    {
        var passages = Enumerable.Range(1, 15).Select(n => ("Luật A", $"Điều {n}"));

        var ranked = RankedArticles.Of(passages, new HashSet<ArticleKey> { new("Luật A", 12) });

        Assert.Equal(RankedArticles.Depth, ranked.Articles.Count);
        Assert.Null(ranked.Relevance.FirstRelevantRank);
    }
}
