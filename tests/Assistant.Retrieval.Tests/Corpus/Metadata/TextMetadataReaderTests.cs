using Assistant.Core.Configuration;
using Assistant.Core.Provinces;
using Assistant.Retrieval.Corpus.Metadata;
using Assistant.Retrieval.Parsing;

namespace Assistant.Retrieval.Tests.Corpus.Metadata;

public sealed class TextMetadataReaderTests
{
    private static readonly TextMetadataReader Reader = new(ProvinceDirectory.Load(new CorpusOptions().ProvincesPath));

    [Fact]
    public void Read_PlanWithNationalHeader_ReadsIssuerNumberDateSignerAndProvince()
    {
        const string text = """
            ỦY BAN NHÂN DÂN

            TỈNH NGHỆ AN

            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM

            Độc lập - Tự do - Hạnh phúc

            Số: 45/KH-UBND

            Nghệ An, ngày 5 tháng 3 năm 2026

            KẾ HOẠCH

            Truyền thông thực hiện Nghị quyết số 71-NQ/TW

            I. MỤC ĐÍCH

            1. Phổ biến Nghị quyết đến mọi trường học.

            Nơi nhận:

            - Như trên;

            TM. ỦY BAN NHÂN DÂN

            KT. CHỦ TỊCH

            PHÓ CHỦ TỊCH

            Nguyễn Văn Bình
            """;

        var metadata = Reader.Read(text, DocumentParser.ParsePassages("x", text));

        Assert.Equal("Ủy ban nhân dân tỉnh Nghệ An", metadata.Issuer);
        Assert.Equal("nghe-an", metadata.Province);
        Assert.Equal("45/KH-UBND", metadata.Number);
        Assert.Equal("2026-03-05", metadata.Date);
        Assert.Null(metadata.DateNote);
        Assert.Equal("ke-hoach", metadata.Kind);
        Assert.Equal("Kế hoạch truyền thông thực hiện Nghị quyết số 71-NQ/TW", metadata.Title);
        Assert.Equal("Nguyễn Văn Bình", metadata.Signer);
    }

    [Fact]
    public void Read_BlankDayAndMonth_NotesItAndInventsNoDate()
    {
        const string text = "Số: /KH-UBND\n\nQuảng Ngãi, ngày tháng năm 2026\n\nKẾ HOẠCH\n\nTriển khai Nghị quyết 71\n";

        var metadata = Reader.Read(text, DocumentParser.ParsePassages("x", text));

        Assert.Null(metadata.Date);
        Assert.Equal("Văn bản ghi “ngày tháng năm 2026”, để trống ngày và tháng.", metadata.DateNote);
        Assert.Equal("quang-ngai", metadata.Province);
        Assert.Equal("/KH-UBND", metadata.Number);
    }

    [Fact]
    public void Read_NewsText_FindsNothingToInvent()
    {
        const string text = "Phụ huynh hỏi về Nghị quyết 71.\n\nBài viết nói về học phí.\n";

        var metadata = Reader.Read(text, DocumentParser.ParsePassages("x", text));

        Assert.Equal(DocumentMetadata.Empty, metadata);
    }
}
