using System.IO.Compression;
using Assistant.Core.Configuration;
using Assistant.Retrieval.Corpus;

namespace Assistant.Retrieval.Tests.Corpus.Readers;

public sealed class BadDocumentTests : IDisposable
{
    private readonly TempFolder folder = new();

    public BadDocumentTests() => folder.Write("tot.md", "---\nid: tot\ntitle: Văn bản tốt\n---\nNghị quyết 71 về giáo dục.\n");

    public void Dispose() => folder.Dispose();

    [Theory]
    [InlineData("bad/corrupt.pdf", "the PDF cannot be read", "bị hỏng")]
    [InlineData("bad/encrypted.pdf", "encrypted", "mật khẩu")]
    [InlineData("bad/no-text.pdf", "no text layer", "không có lớp chữ")]
    public void LoadAll_BadPdf_LeftOutWithAVietnameseMessageOthersLoad(string fixture, string problem, string message)
    {
        var path = Path.Combine(folder.Path, Path.GetFileName(fixture));
        File.Copy(DocumentFixtures.Get(fixture), path);

        var result = CorpusLoader.LoadAll(folder.Path, new CorpusOptions());

        var error = Assert.Single(result.Errors);
        Assert.Equal(path, error.FilePath);
        Assert.Contains(problem, error.Problem, StringComparison.Ordinal);
        Assert.Contains(message, error.UserMessage, StringComparison.Ordinal);
        Assert.Equal("tot", Assert.Single(result.Documents).Info.Id);
    }

    [Fact]
    public void LoadAll_FileOf200Megabytes_RefusedBeforeReadingIt()
    {
        var path = Path.Combine(folder.Path, "qua-lon.pdf");
        using (var stream = File.Create(path))
        {
            stream.SetLength(200L * 1024 * 1024);
        }

        var result = CorpusLoader.LoadAll(folder.Path, new CorpusOptions());

        var error = Assert.Single(result.Errors);
        Assert.Contains("Corpus:MaxFileBytes", error.Problem, StringComparison.Ordinal);
        Assert.Equal("Tệp nặng 200 MB, vượt giới hạn 4 MB.", error.UserMessage);
        Assert.Single(result.Documents);
    }

    [Fact]
    public void LoadAll_ZipBombDocx_RefusedWithoutInflatingIt()
    {
        var path = Path.Combine(folder.Path, "bom.docx");
        WriteZipBomb(path, 256L * 1024 * 1024);
        Assert.True(new FileInfo(path).Length < new CorpusOptions().MaxFileBytes);

        var result = CorpusLoader.LoadAll(folder.Path, new CorpusOptions());

        var error = Assert.Single(result.Errors);
        Assert.Contains("Corpus:MaxUnzippedBytes", error.Problem, StringComparison.Ordinal);
        Assert.Contains("giải nén ra 256 MB", error.UserMessage, StringComparison.Ordinal);
        Assert.Single(result.Documents);
    }

    [Fact]
    public void LoadAll_UnknownExtension_IsNotADocument()
    {
        folder.Write("anh.png", "not read");

        var result = CorpusLoader.LoadAll(folder.Path, new CorpusOptions());

        Assert.Empty(result.Errors);
        Assert.Single(result.Documents);
    }

    /// <summary>A package whose document part is <paramref name="size"/> bytes of spaces: a few hundred KB on disk.</summary>
    private static void WriteZipBomb(string path, long size)
    {
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        using var entry = zip.CreateEntry("word/document.xml", CompressionLevel.SmallestSize).Open();
        var block = new byte[1 << 20];
        Array.Fill(block, (byte)' ');
        for (long written = 0; written < size; written += block.Length)
        {
            entry.Write(block);
        }
    }
}
