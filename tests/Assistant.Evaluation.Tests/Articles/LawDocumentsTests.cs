using Assistant.Evaluation.Articles;
using Assistant.Retrieval.Parsing;

namespace Assistant.Evaluation.Tests.Articles;

public sealed class LawDocumentsTests
{
    private static readonly IReadOnlyList<LawArticle> Articles =
    [
        new(new ArticleKey("Luật A", 2), "Đối tượng áp dụng\n\n1. Cơ quan nhà nước.\n\n2. Hộ gia đình, cá nhân."),
        new(new ArticleKey("Luật B", 1), "Phạm vi\nLuật này quy định về trường học."),
        new(new ArticleKey("Luật A", 1), "Phạm vi điều chỉnh\n\nLuật này quy định về đất đai."),
    ];

    [Fact]
    public void Text_Articles_OpenEachWithItsNumberAndTitle()
    {
        var text = LawDocuments.Text(Articles.Take(1));

        Assert.StartsWith("Điều 2. Đối tượng áp dụng\n\n1. Cơ quan nhà nước.", text.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_WithTheCorpusParser_GivesOneDocumentPerLawWithArticleSections()
    {
        var documents = LawDocuments.Build(Articles, DocumentParser.Parse);

        Assert.Equal(["Luật A", "Luật B"], documents.Select(d => d.Info.Id));
        Assert.Equal("Luật A", documents[0].Info.Title);
        Assert.Equal(["Điều 1", "Điều 2.1", "Điều 2.2"], documents[0].Passages.Select(p => p.Section));
        Assert.Equal(["Điều 1"], documents[1].Passages.Select(p => p.Section));
        Assert.All(documents.SelectMany(d => d.Passages), p => Assert.NotNull(ArticleKey.OfPassage(p.DocId, p.Section)));
    }
}
