using Assistant.Core.Configuration;
using Assistant.Retrieval.Corpus;
using Assistant.Retrieval.Corpus.Metadata;
using Assistant.Retrieval.Tests.Corpus.Readers;

namespace Assistant.Retrieval.Tests.Corpus.Metadata;

public sealed class MetadataSidecarTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void LoadFile_SidecarGiven_ItsValuesWinOverTheText()
    {
        var pdf = Path.Combine(folder.Path, "ke-hoach-lang-son.pdf");
        File.Copy(DocumentFixtures.Get("pdf/lang-son-ke-hoach.pdf"), pdf);
        MetadataSidecar.Write(pdf, new DocumentMetadata { Id = "lang-son-ke-hoach", Province = "cao-bang", Signer = "Người Ký" });

        var document = CorpusLoader.Create(new CorpusOptions()).LoadFile(pdf);

        Assert.Equal("lang-son-ke-hoach", document.Info.Id);
        Assert.Equal("cao-bang", document.Info.Province);
        Assert.Equal("Người Ký", document.Info.Signer);
        Assert.Equal("Ủy ban nhân dân tỉnh Lạng Sơn", document.Info.Issuer);
        Assert.Equal("ke-hoach", document.Info.Kind);
        Assert.All(document.Passages, p => Assert.Equal("lang-son-ke-hoach", p.DocId));
    }

    [Fact]
    public void LoadFile_SidecarWithBlankValues_BlankHidesWhatTheTextSays()
    {
        var pdf = Path.Combine(folder.Path, "ke-hoach.pdf");
        File.Copy(DocumentFixtures.Get("pdf/lang-son-ke-hoach.pdf"), pdf);
        MetadataSidecar.Write(pdf, new DocumentMetadata { Province = "", Date = "", Number = "", Title = "" });

        var document = CorpusLoader.Create(new CorpusOptions()).LoadFile(pdf);

        Assert.Null(document.Info.Province);
        Assert.Null(document.Info.Date);
        Assert.Equal("ke-hoach", document.Info.Title);
        Assert.Equal("Trần Thanh Nhàn", document.Info.Signer);
    }

    [Fact]
    public void LoadAll_SidecarWithUnknownKey_ReportsTheDocument()
    {
        var md = folder.Write("a.md", "---\nid: a\ntitle: A\n---\nNghị quyết 71.\n");
        folder.Write("a.meta.json", "{\"provnce\": \"hue\"}");

        var error = Assert.Single(CorpusLoader.LoadAll(folder.Path, new CorpusOptions()).Errors);

        Assert.Equal(md, error.FilePath);
        Assert.Contains("a.meta.json", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadAll_SidecarWithBadProvince_ReportsTheDocument()
    {
        folder.Write("a.md", "---\nid: a\ntitle: A\n---\nNghị quyết 71.\n");
        folder.Write("a.meta.json", "{\"province\": \"Huế\"}");

        var error = Assert.Single(CorpusLoader.LoadAll(folder.Path, new CorpusOptions()).Errors);

        Assert.Contains("province", error.Problem, StringComparison.Ordinal);
    }
}
