using Assistant.Core.Configuration;
using Assistant.Core.Provinces;

namespace Assistant.Core.Tests.Provinces;

public sealed class ProvinceDirectoryTests
{
    private static readonly ProvinceDirectory Directory = ProvinceDirectory.Load(new CorpusOptions().ProvincesPath);

    [Fact]
    public void Load_RepositoryFile_HasThe34Provinces()
    {
        Assert.Equal(34, Directory.All.Count);
        Assert.Equal(34, Directory.All.Select(p => p.Slug).Distinct().Count());
    }

    [Theory]
    [InlineData("Ở Cần Thơ ai xử lý thông tin sai lệch?", "can-tho", false)]
    [InlineData("o can tho ai xu ly thong tin sai lech", "can-tho", false)]
    [InlineData("Con tôi học ở Hậu Giang", "can-tho", true)]
    [InlineData("nha em o soc trang", "can-tho", true)]
    [InlineData("Hải Dương có kế hoạch không?", "hai-phong", true)]
    [InlineData("tỉnh Kon Tum", "quang-ngai", true)]
    [InlineData("Đà Nẵng triển khai ra sao", "da-nang", false)]
    [InlineData("Sài Gòn thì sao", "ho-chi-minh", false)]
    [InlineData("Thừa Thiên Huế", "hue", false)]
    public void FindIn_NamesWithOrWithoutDiacritics_AndFormerProvinces(string text, string slug, bool viaFormer)
    {
        var mention = Assert.Single(Directory.FindIn(text));
        Assert.Equal(slug, mention.Province.Slug);
        Assert.Equal(viaFormer, mention.ViaFormer);
    }

    [Theory]
    [InlineData("giữ gìn hòa bình và phát triển giáo dục")]
    [InlineData("tư tưởng Hồ Chí Minh về giáo dục")]
    [InlineData("hạ năm học xuống")]
    public void FindIn_CommonPhrasesThatLookLikeNames_AreNotProvinces(string text)
    {
        Assert.Empty(Directory.FindIn(text));
    }

    [Fact]
    public void FindIn_CapitalisedAmbiguousFormerProvince_IsRecognised()
    {
        var mention = Assert.Single(Directory.FindIn("Phụ huynh ở Hòa Bình hỏi"));
        Assert.Equal("phu-tho", mention.Province.Slug);
    }

    [Fact]
    public void FindIn_TwoProvinces_BothInOrder()
    {
        var mentions = Directory.FindIn("So sánh Hải Phòng và Lạng Sơn");
        Assert.Equal(["hai-phong", "lang-son"], mentions.Select(m => m.Province.Slug));
    }
}
