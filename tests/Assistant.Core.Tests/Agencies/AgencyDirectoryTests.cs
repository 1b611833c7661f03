using Assistant.Core.Agencies;
using Assistant.Core.Configuration;
using Assistant.Core.Provinces;

namespace Assistant.Core.Tests.Agencies;

public sealed class AgencyDirectoryTests
{
    private static readonly ProvinceDirectory Provinces = ProvinceDirectory.Load(new CorpusOptions().ProvincesPath);
    private static readonly AgencyDirectory Agencies = AgencyDirectory.Load(new CorpusOptions().LexiconPath);

    [Fact]
    public void Load_RepositoryFile_KnowsTheDepartmentsWithTheirAbbreviations()
    {
        var education = Assert.Single(Agencies.Known, a => a.Name == "Sở Giáo dục và Đào tạo");
        Assert.Contains("so gd&dt", education.FoldedNames);
        Assert.Contains(Agencies.Known, a => a.Name == "Sở Văn hóa, Thể thao và Du lịch" && a.FoldedNames.Contains("so vhttdl"));
        Assert.Contains("tinh", Agencies.Fillers);
    }

    [Theory]
    [InlineData("Sở Ngoại vụ", true)]
    [InlineData("Báo và Phát thanh, Truyền hình Quảng Ngãi và các cơ quan báo chí", true)]
    [InlineData("Ủy ban nhân dân các xã, phường, đặc khu", true)]
    [InlineData("Tổ chức tuyên truyền", false)]
    [InlineData("Sởi và các bệnh truyền nhiễm", false)]
    public void IsHeading_TextOpeningWithAnAgencyHead_OnlyThenTrue(string text, bool expected) =>
        Assert.Equal(expected, Agencies.IsHeading(text));

    [Theory]
    [InlineData("bo", true)]
    [InlineData("uy", true)]
    [InlineData("cac", false)]
    public void LeadsSentence_HeadsMarkedToLeadASentence_OnlyThenTrue(string foldedWord, bool expected) =>
        Assert.Equal(expected, Agencies.LeadsSentence(foldedWord));

    [Theory]
    [InlineData("Sở GD&ĐT Cần Thơ", "so giao duc va dao tao")]
    [InlineData("Sở GD & ĐT Cần Thơ", "so giao duc va dao tao")]
    [InlineData("Sở Y tế tỉnh Lạng Sơn", "so y te")]
    [InlineData("Sở VHTTDL TP Cần Thơ", "so van hoa the thao va du lich")]
    [InlineData("Sở Tài chính thành phố Hải Phòng", "so tai chinh")]
    [InlineData("so y te", "so y te")]
    public void Key_AgencyWithProvince_IsTheFoldedAgencyWithoutTheProvince(string agency, string expected) =>
        Assert.Equal(expected, string.Join(' ', AgencyDirectory.Key(agency, Provinces)));

    [Theory]
    [InlineData("3. Sở Văn hóa, Thể thao và Du lịch", "Sở VHTTDL Cần Thơ", true)]
    [InlineData("b) Sở Văn hóa, Thể thao và Du lịch:", "Sở Văn hóa, Thể thao và Du lịch", true)]
    [InlineData("V. Sở Y tế chủ trì, phối hợp với các đơn vị", "Sở Y tế tỉnh Lạng Sơn", true)]
    [InlineData("b) Chủ trì, phối hợp chặt chẽ với Sở Văn hóa, Thể thao và Du lịch", "Sở VHTTDL Cần Thơ", false)]
    [InlineData("1. Sở Giáo dục", "Sở Giáo dục và Đào tạo", false)]
    [InlineData("2. Sở Tài chính", "Sở", false)]
    public void Heads_HeadingOpeningWithTheAgency_OnlyThenTrue(string heading, string agency, bool expected) =>
        Assert.Equal(expected, AgencyDirectory.Heads(heading, AgencyDirectory.Key(agency, Provinces)));
}
