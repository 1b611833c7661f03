using Assistant.Core.Configuration;
using Assistant.Core.Documents;
using Assistant.Retrieval.Corpus;
using Assistant.Retrieval.Tests.Corpus;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Assistant.Retrieval.Tests.Corpus.Readers;

public sealed class DocxDocumentReaderTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void Load_DocxFile_TakesIdFromNameTitleFromPropertiesAndParsesText()
    {
        var path = Path.Combine(folder.Path, "Kế hoạch Đà Nẵng 2026.docx");
        WriteDocx(path, "Kế hoạch truyền thông Nghị quyết 71 của Đà Nẵng", "ke-hoach",
            Bold("KẾ HOẠCH"),
            Plain("I. MỤC TIÊU"),
            Plain("1. Mục tiêu cụ thể"),
            Plain("a) 100% cơ sở giáo dục phổ biến Nghị quyết số 71-NQ/TW."),
            Plain("đ) Tổ chức tọa đàm với phụ huynh."),
            Plain("Nơi nhận:"),
            Plain("- Bộ Giáo dục và Đào tạo;"),
            Bold("KT. CHỦ TỊCH"),
            Bold("PHÓ CHỦ TỊCH"),
            Plain("Trần Văn A"));

        var document = Assert.Single(CorpusLoader.Load(folder.Path));

        Assert.Equal("ke-hoach-da-nang-2026", document.Info.Id);
        Assert.Equal("Kế hoạch truyền thông Nghị quyết 71 của Đà Nẵng", document.Info.Title);
        Assert.Equal("ke-hoach", document.Info.Kind);
        Assert.Equal("Kế hoạch Đà Nẵng 2026.docx", document.Info.SourceFile);
        Assert.Contains(document.Passages, p => p.Section == "I.1.a" && p.Text.StartsWith("100% cơ sở", StringComparison.Ordinal));
        Assert.Contains(document.Passages, p => p.Section == "I.1.đ");
        Assert.Contains(document.Passages, p => p.Kind == PassageKind.Recipients && p.Text.Contains("Bộ Giáo dục", StringComparison.Ordinal));
        var signature = Assert.Single(document.Passages, p => p.Kind == PassageKind.Signature);
        Assert.Equal("KT. CHỦ TỊCH PHÓ CHỦ TỊCH Trần Văn A", signature.Text);
    }

    [Fact]
    public void Load_NoTitleProperty_UsesTheFileName()
    {
        var path = Path.Combine(folder.Path, "hoi-dap.docx");
        WriteDocx(path, null, null, Plain("Nghị quyết 71 nói gì?"));

        var document = Assert.Single(CorpusLoader.Load(folder.Path));

        Assert.Equal("hoi-dap", document.Info.Title);
        Assert.Null(document.Info.Kind);
        Assert.Equal("Nghị quyết 71 nói gì?", document.Body);
    }

    [Fact]
    public void LoadAll_CorruptDocx_ReportsTheFile()
    {
        var path = folder.Write("hong.docx", "không phải tệp Word");

        var error = Assert.Single(CorpusLoader.LoadAll(folder.Path, new CorpusOptions()).Errors);

        Assert.Equal(path, error.FilePath);
        Assert.Contains("cannot be read", error.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void LoadAll_DocxThatUnzipsOverTheLimit_LeftOutNamingTheLimit()
    {
        var path = Path.Combine(folder.Path, "bom-nen.docx");
        WriteDocx(path, "Tệp nén quá lớn", null, Enumerable.Range(0, 400).Select(i => Plain(new string('a', 1000) + i)).ToArray());
        folder.Write("b-tot.md", "---\nid: tot\ntitle: Tốt\n---\nNghị quyết 71.\n");
        Assert.True(new FileInfo(path).Length < 100_000);

        var result = CorpusLoader.LoadAll(folder.Path, new CorpusOptions { MaxUnzippedBytes = 200_000 });

        var error = Assert.Single(result.Errors);
        Assert.Equal(path, error.FilePath);
        Assert.Contains("Corpus:MaxUnzippedBytes", error.Problem, StringComparison.Ordinal);
        Assert.Contains("200000", error.Problem, StringComparison.Ordinal);
        Assert.Equal("tot", Assert.Single(result.Documents).Info.Id);
    }

    private static Paragraph Plain(string text) => new(new Run(new Text(text) { Space = SpaceProcessingModeValues.Preserve }));

    private static Paragraph Bold(string text) => new(new Run(new RunProperties(new Bold()), new Text(text)));

    private static void WriteDocx(string path, string? title, string? category, params Paragraph[] paragraphs)
    {
        using var document = WordprocessingDocument.Create(path, WordprocessingDocumentType.Document);
        var main = document.AddMainDocumentPart();
        main.Document = new Document(new Body(paragraphs));
        document.PackageProperties.Title = title;
        document.PackageProperties.Category = category;
    }
}
