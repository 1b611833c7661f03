using Assistant.Evaluation.Articles;

namespace Assistant.Evaluation.Tests.Articles;

public sealed class ArticleQuestionReaderTests : IDisposable
{
    private static readonly IReadOnlySet<ArticleKey> Known = new HashSet<ArticleKey> { new("Luật A", 1), new("Luật A", 2) };
    private readonly TempFolder folder = new();

    [Fact]
    public void Read_QuestionsFile_KeepsIdTypeTextAndRelevantArticles()
    {
        var articles = LawArticleReader.Read(folder.Write("articles.json", TestLaws.ArticlesJson)).Items.Select(a => a.Key).ToHashSet();

        var file = ArticleQuestionReader.Read(folder.Write("questions.json", TestLaws.QuestionsJson), articles);

        Assert.Empty(file.Errors);
        Assert.Equal(["DS-1", "TN-1", "TL-1"], file.Items.Select(q => q.QuestionId));
        Assert.Equal("Trắc nghiệm", file.Items[1].QuestionType);
        Assert.Equal([new ArticleKey("Luật Học đường thử", 2)], file.Items[1].Relevant);
    }

    [Fact]
    public void Read_BadItems_AreNamedByPositionAndIdAndTheRestIsKept()
    {
        var path = folder.Write("questions.json", """
            [
              {"question_id": "q1", "text": "Hỏi?", "relevant_articles": [{"law_id": "Luật A", "article_id": "2"}]},
              {"question_id": "q2", "relevant_articles": [{"law_id": "Luật A", "article_id": "2"}]},
              {"question_id": "q3", "text": "Hỏi?", "relevant_articles": [{"law_id": "Luật A", "article_id": "9"}]},
              {"question_id": "q4", "text": "Hỏi?", "relevant_articles": [{"law_id": "Luật A", "article_id": "hai"}]},
              {"question_id": "q5", "text": "Hỏi?"},
              "not an object"
            ]
            """);

        var file = ArticleQuestionReader.Read(path, Known);

        Assert.Equal(["q1"], file.Items.Select(q => q.QuestionId));
        Assert.Equal(5, file.Errors.Count);
        Assert.Equal("questions.json item 2 (q2): missing \"text\"", file.Errors[0]);
        Assert.Equal("questions.json item 3 (q3): unknown article \"Luật A@9\"", file.Errors[1]);
        Assert.Contains("needs a law and an article number", file.Errors[2], StringComparison.Ordinal);
        Assert.Equal("questions.json item 5 (q5): missing \"relevant_articles\"", file.Errors[3]);
        Assert.StartsWith("questions.json item 6:", file.Errors[4], StringComparison.Ordinal);
    }

    public void Dispose() => folder.Dispose();
}
