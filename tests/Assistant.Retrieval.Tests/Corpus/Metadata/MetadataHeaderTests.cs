using Assistant.Retrieval.Corpus;
using Assistant.Retrieval.Corpus.Metadata;

namespace Assistant.Retrieval.Tests.Corpus.Metadata;

public sealed class MetadataHeaderTests
{
    private const string File = "corpus/documents/x.md";

    [Theory]
    [InlineData("Văn bản.\n", "does not start with a metadata header")]
    [InlineData("---\nid: x\ntitle: X\n", "not closed")]
    [InlineData("---\nid: x\n---\nVăn bản.", "no \"title\"")]
    [InlineData("---\ntitle: X\n---\nVăn bản.", "no \"id\"")]
    [InlineData("---\nid: x\ntitle: X\nsigner Y\n---\n", "line 4 is not \"key: value\"")]
    [InlineData("---\nid: x\ntitle: X\nsigre: Y\n---\n", "unknown key \"sigre\"")]
    [InlineData("---\nid: x\ntitle: X\nid: y\n---\n", "repeats the key \"id\"")]
    [InlineData("---\nid: Cần Thơ\ntitle: X\n---\n", "id \"Cần Thơ\" must be lower-case")]
    [InlineData("---\nid: x\ntitle: X\nprovince: Can Tho\n---\n", "province \"Can Tho\"")]
    [InlineData("---\nid: x\ntitle: X\ndate: 22/01/2026\n---\n", "not a yyyy-MM-dd date")]
    public void Read_BadHeader_NamesTheFileAndTheProblem(string content, string problem)
    {
        var exception = Assert.Throws<CorpusFormatException>(() => MetadataHeader.Read(File, content));

        Assert.Equal(File, exception.FilePath);
        Assert.StartsWith(File + ": ", exception.Message, StringComparison.Ordinal);
        Assert.Contains(problem, exception.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_FullHeader_MapsEveryKeyAndKeepsTheBodyExactly()
    {
        const string body = "\n\n Số: /KH-UBND  \r\nphổ\n\nbiển\n";
        var content = "---\r\nid: can-tho-ke-hoach\ntitle: \"Kế hoạch: Cần Thơ\"\nissuer: UBND\nprovince: can-tho\nkind: ke-hoach\n"
            + "signer: Nguyễn Văn Khởi\ndate: 2026-01-22\nDATENOTE: ghi chú\nsource: 004.txt\n\n---\n" + body;

        var (info, read) = MetadataHeader.Read(File, content);

        Assert.Equal(body, read);
        Assert.Equal("can-tho-ke-hoach", info.Id);
        Assert.Equal("Kế hoạch: Cần Thơ", info.Title);
        Assert.Equal("UBND", info.Issuer);
        Assert.Equal("can-tho", info.Province);
        Assert.Equal("ke-hoach", info.Kind);
        Assert.Equal("Nguyễn Văn Khởi", info.Signer);
        Assert.Equal("2026-01-22", info.Date);
        Assert.Equal("ghi chú", info.DateNote);
        Assert.Equal("004.txt", info.SourceFile);
    }

    [Fact]
    public void Read_NoSource_UsesTheFileName()
    {
        var (info, _) = MetadataHeader.Read(File, "---\nid: x\ntitle: X\nprovince:\n---\nVăn bản.");

        Assert.Equal("x.md", info.SourceFile);
        Assert.Null(info.Province);
    }
}
