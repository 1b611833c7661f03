using Assistant.Evaluation.Articles;

namespace Assistant.Evaluation.Tests.Articles;

public sealed class LawArticleReaderTests : IDisposable
{
    private readonly TempFolder folder = new();

    [Fact]
    public void Read_ArticlesFile_SplitsTheKeyIntoLawAndNumber()
    {
        var file = LawArticleReader.Read(folder.Write("articles.json", TestLaws.ArticlesJson));

        Assert.Empty(file.Errors);
        Assert.Equal(5, file.Items.Count);
        Assert.Equal(new ArticleKey("Luật Đất đai thử", 3), file.Items[2].Key);
        Assert.StartsWith("Thời hạn sử dụng đất", file.Items[2].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_BadKeysAndEmptyText_AreNamedAndTheRestIsKept()
    {
        var file = LawArticleReader.Read(folder.Write("articles.json", """{"Luật A@1": "Tên\n\nNội dung.", "Luật A@x": "…", "Luật A": "…", "Luật A@2": ""}"""));

        Assert.Equal([new ArticleKey("Luật A", 1)], file.Items.Select(a => a.Key));
        Assert.Equal(
            [
                "articles.json \"Luật A@x\": the key must be \"<law>@<article number>\"",
                "articles.json \"Luật A\": the key must be \"<law>@<article number>\"",
                "articles.json \"Luật A@2\": the article text must be a non-empty string",
            ],
            file.Errors);
    }

    [Fact]
    public void Read_ArrayInsteadOfObject_ThrowsNamingTheFile()
    {
        var path = folder.Write("articles.json", "[]");

        var exception = Assert.Throws<InvalidDataException>(() => LawArticleReader.Read(path));

        Assert.Contains("articles.json must hold one JSON object", exception.Message, StringComparison.Ordinal);
    }

    public void Dispose() => folder.Dispose();
}
