using Assistant.Core.Configuration;
using Assistant.Core.Documents;
using Assistant.Retrieval.Corpus;

namespace Assistant.Retrieval.Tests.Corpus;

public sealed class CorpusLoaderTests : IDisposable
{
    private const string GoodHeader = "---\nid: ha-noi-ke-hoach\ntitle: Kế hoạch Hà Nội\nprovince: ha-noi\nkind: ke-hoach\n---\n";
    private const string Body = "KẾ HOẠCH\n\nI. MỤC ĐÍCH\n\n1. Tuyên truyền Nghị quyết số 71-NQ/TW.\n";

    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Load_HeaderFile_ParsesInfoBodyAndPassages()
    {
        folder.Write("ha-noi.md", GoodHeader + Body);

        var document = Assert.Single(CorpusLoader.Load(folder.Path));

        Assert.Equal(new DocumentInfo("ha-noi-ke-hoach", "Kế hoạch Hà Nội", null, "ha-noi", "ke-hoach", null, null, null, "ha-noi.md"), document.Info);
        Assert.Equal(Body, document.Body);
        var item = Assert.Single(document.Passages, p => p.Section == "I.1");
        Assert.Equal("Tuyên truyền Nghị quyết số 71-NQ/TW.", item.Text);
        Assert.Equal("ha-noi-ke-hoach", item.DocId);
    }

    [Fact]
    public void LoadAll_FileOverMaxFileBytes_LeftOutNamingTheLimit()
    {
        var big = folder.Write("a-lon.md", GoodHeader + string.Concat(Enumerable.Repeat("1. Tuyên truyền Nghị quyết số 71-NQ/TW.\n", 100)));
        folder.Write("b-nho.md", GoodHeader.Replace("ha-noi-ke-hoach", "nho", StringComparison.Ordinal) + Body);

        var result = CorpusLoader.LoadAll(folder.Path, new CorpusOptions { MaxFileBytes = 2000 });

        var error = Assert.Single(result.Errors);
        Assert.Equal(big, error.FilePath);
        Assert.Contains("Corpus:MaxFileBytes", error.Problem, StringComparison.Ordinal);
        Assert.Contains("2000", error.Problem, StringComparison.Ordinal);
        Assert.Equal("nho", Assert.Single(result.Documents).Info.Id);
    }

    [Fact]
    public void LoadAll_DocumentWithTooManyPassages_LeftOutNamingTheLimit()
    {
        var many = folder.Write("nhieu.md", GoodHeader + "I. MỤC ĐÍCH\n\n" + string.Concat(Enumerable.Range(1, 12).Select(i => $"{i}. Nhiệm vụ số {i} của kế hoạch.\n\n")));

        var result = CorpusLoader.LoadAll(folder.Path, new CorpusOptions { MaxPassagesPerDocument = 5 });

        var error = Assert.Single(result.Errors);
        Assert.Equal(many, error.FilePath);
        Assert.Contains("Corpus:MaxPassagesPerDocument", error.Problem, StringComparison.Ordinal);
        Assert.Empty(result.Documents);
    }

    [Fact]
    public void Load_BadHeader_ThrowsNamingTheFileAndTheProblem()
    {
        var bad = folder.Write("hue.txt", "---\nid: hue\n---\nVăn bản.\n");

        var exception = Assert.Throws<CorpusFormatException>(() => CorpusLoader.Load(folder.Path));

        Assert.Equal(bad, exception.FilePath);
        Assert.Contains("hue.txt", exception.Message, StringComparison.Ordinal);
        Assert.Contains("\"title\"", exception.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadAll_OneBadFile_LoadsTheOthersAndReportsIt()
    {
        folder.Write("a-good.md", GoodHeader + Body);
        var bad = folder.Write("b-bad.md", "Không có phần đầu.\n");

        var result = CorpusLoader.LoadAll(folder.Path, new CorpusOptions());

        Assert.False(result.Succeeded);
        Assert.Equal("ha-noi-ke-hoach", Assert.Single(result.Documents).Info.Id);
        var error = Assert.Single(result.Errors);
        Assert.Equal(bad, error.FilePath);
        Assert.Contains("metadata header", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadAll_TwoFilesWithOneId_ReportsTheSecond()
    {
        folder.Write("a.md", GoodHeader + Body);
        var second = folder.Write("b.md", GoodHeader + Body);

        var result = CorpusLoader.LoadAll(folder.Path, new CorpusOptions());

        Assert.Single(result.Documents);
        var error = Assert.Single(result.Errors);
        Assert.Equal(second, error.FilePath);
        Assert.Contains("already used by a.md", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadAll_OtherFiles_AreIgnored()
    {
        folder.Write("notes.json", "{}");
        folder.Write(".hidden.md", "x");
        folder.Write("~$lock.docx", "x");
        folder.Write("ok.txt", GoodHeader + Body);

        var result = CorpusLoader.LoadAll(folder.Path, new CorpusOptions());

        Assert.True(result.Succeeded);
        Assert.Single(result.Documents);
    }

    [Fact]
    public void LoadAll_InvalidUtf8_ReportsTheFile()
    {
        var path = Path.Combine(folder.Path, "latin1.txt");
        File.WriteAllBytes(path, [.. System.Text.Encoding.UTF8.GetBytes(GoodHeader), 0xC0, 0x20, 0xFF]);

        var error = Assert.Single(CorpusLoader.LoadAll(folder.Path, new CorpusOptions()).Errors);

        Assert.Equal(path, error.FilePath);
        Assert.Contains("UTF-8", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadAll_HeaderWithoutText_ReportsTheFile()
    {
        var path = folder.Write("empty.md", GoodHeader + "\n \n");

        var error = Assert.Single(CorpusLoader.LoadAll(folder.Path, new CorpusOptions()).Errors);

        Assert.Equal(path, error.FilePath);
        Assert.Contains("no text", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadAll_MissingFolder_ThrowsNamingIt()
    {
        var missing = Path.Combine(folder.Path, "nowhere");

        var exception = Assert.Throws<DirectoryNotFoundException>(() => CorpusLoader.LoadAll(missing, new CorpusOptions()));

        Assert.Contains(missing, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadAll_RealCorpus_LoadsEveryFileWithoutError()
    {
        var result = CorpusLoader.LoadAll(SeedCorpus.DocumentsPath, new CorpusOptions());

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        Assert.Equal(5, result.Documents.Count);
    }
}
