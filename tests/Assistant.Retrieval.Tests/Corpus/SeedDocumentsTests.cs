using System.Security.Cryptography;
using System.Text;
using Assistant.Core.Configuration;

namespace Assistant.Retrieval.Tests.Corpus;

/// <summary>The five seed files of corpus/documents: ids, metadata and original text kept byte for byte.</summary>
public sealed class SeedDocumentsTests
{
    // SHA-256 of the seed files as received in ../shared/seeds.
    [Theory]
    [InlineData("quyet-dinh-157-ttg", "000_4df323e541eae37a.txt", "5cdae4e65873139f9e44dec5cc29edba5b267c8b0681e5850519e2fd7b2b5ba8")]
    [InlineData("hai-phong-ke-hoach", "001_1ba0d9da041c8b26.txt", "861bdc9d05c7d587317fd48d9fb60533f7dda211896ec81d378e068284f7420c")]
    [InlineData("lang-son-ke-hoach", "002_8a8ab43f82d67bea.txt", "7d6d34156d01e2abb16ef6359fc379129576c0afb8a03355e919da49048bf83f")]
    [InlineData("quang-ngai-ke-hoach", "003_2233214564687016.txt", "513fba3f77c272224ad71ab1885cd8bf12ea0f8613f4f22bf0b4919df89233d8")]
    [InlineData("can-tho-ke-hoach", "004_8764957b0b9235b8.txt", "bf380155d3b88eb07d7130a4159ea388d0f8493376a16160d7731d2e09a3ab96")]
    public void Body_EverySeed_IsTheSeedByteForByte(string id, string seedFile, string seedSha256)
    {
        var document = SeedCorpus.Get(id);

        var bodyBytes = Encoding.UTF8.GetBytes(document.Body);
        Assert.Equal(seedSha256, Convert.ToHexStringLower(SHA256.HashData(bodyBytes)));
        Assert.Equal(seedFile, document.Info.SourceFile);
        var fileBytes = File.ReadAllBytes(Path.Combine(SeedCorpus.DocumentsPath, id + ".md"));
        Assert.Equal(bodyBytes, fileBytes[^bodyBytes.Length..]);

        var seedsFolder = RepositoryPaths.Resolve("../shared/seeds");
        if (File.Exists(Path.Combine(seedsFolder, seedFile)))
        {
            Assert.Equal(File.ReadAllBytes(Path.Combine(seedsFolder, seedFile)), bodyBytes);
        }
    }

    [Fact]
    public void Load_RealCorpus_HasTheFiveDesignIds()
    {
        var ids = SeedCorpus.Documents.Select(d => d.Info.Id).Order().ToList();

        Assert.Equal(["can-tho-ke-hoach", "hai-phong-ke-hoach", "lang-son-ke-hoach", "quang-ngai-ke-hoach", "quyet-dinh-157-ttg"], ids);
    }

    [Theory]
    [InlineData("quyet-dinh-157-ttg", null, "tin-bai", "Lê Thành Long", "2026-01-22")]
    [InlineData("hai-phong-ke-hoach", "hai-phong", "quyet-dinh", "Vũ Tiến Phụng", null)]
    [InlineData("lang-son-ke-hoach", "lang-son", "ke-hoach", "Trần Thanh Nhàn", null)]
    [InlineData("quang-ngai-ke-hoach", "quang-ngai", "ke-hoach", "Y Ngọc", null)]
    [InlineData("can-tho-ke-hoach", "can-tho", "ke-hoach", "Nguyễn Văn Khởi", null)]
    public void Info_EverySeed_MatchesTheText(string id, string? province, string kind, string signer, string? date)
    {
        var info = SeedCorpus.Get(id).Info;

        Assert.Equal(province, info.Province);
        Assert.Equal(kind, info.Kind);
        Assert.Equal(signer, info.Signer);
        Assert.Equal(date, info.Date);
        Assert.Contains(signer, SeedCorpus.Get(id).Body, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(info.Title));
        Assert.False(string.IsNullOrWhiteSpace(info.Issuer));
        Assert.False(string.IsNullOrWhiteSpace(info.DateNote));
    }

    [Theory]
    [InlineData("hai-phong-ke-hoach", "Hải Phòng, ngày tháng năm 2026")]
    [InlineData("quang-ngai-ke-hoach", "Quảng Ngãi, ngày tháng năm 2026")]
    public void DateNote_BlankDayAndMonth_SaysSoAndNoDateIsInvented(string id, string blankDateLine)
    {
        var document = SeedCorpus.Get(id);

        Assert.Contains(blankDateLine, document.Body, StringComparison.Ordinal);
        Assert.Null(document.Info.Date);
        Assert.Contains("để trống ngày và tháng", document.Info.DateNote, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("lang-son-ke-hoach")]
    [InlineData("can-tho-ke-hoach")]
    public void DateNote_NoDateInText_SaysSo(string id)
    {
        var info = SeedCorpus.Get(id).Info;

        Assert.Null(info.Date);
        Assert.Contains("không ghi ngày", info.DateNote, StringComparison.Ordinal);
    }

    [Fact]
    public void Info_NationalNewsReport_TitlesAndNotesTheDecision()
    {
        var info = SeedCorpus.Get("quyet-dinh-157-ttg").Info;

        Assert.Contains("157/QĐ-TTg", info.Title, StringComparison.Ordinal);
        Assert.Contains("20/01/2026", info.DateNote, StringComparison.Ordinal);
        Assert.Contains("Phó Thủ tướng Lê Thành Long", SeedCorpus.Get("quyet-dinh-157-ttg").Body, StringComparison.Ordinal);
    }
}
