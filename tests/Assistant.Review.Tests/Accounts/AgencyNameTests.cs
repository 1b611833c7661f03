using Assistant.Core.Provinces;
using Assistant.Review.Accounts;
using Assistant.Review.Tests.Support;

namespace Assistant.Review.Tests.Accounts;

public sealed class AgencyNameTests
{
    [Theory]
    [InlineData("Sở GD&ĐT Cần Thơ", "so giao duc va dao tao")]
    [InlineData("Sở GD & ĐT Cần Thơ", "so giao duc va dao tao")]
    [InlineData("Sở Y tế tỉnh Lạng Sơn", "so y te")]
    [InlineData("Sở VHTTDL TP Cần Thơ", "so van hoa the thao va du lich")]
    [InlineData("Sở Tài chính thành phố Hải Phòng", "so tai chinh")]
    [InlineData("so y te", "so y te")]
    public async Task Key_AgencyWithProvince_IsTheFoldedAgencyWithoutTheProvince(string agency, string expected)
    {
        await using var host = ReviewTestHost.Create();

        Assert.Equal(expected, string.Join(' ', AgencyName.Key(agency, host.Get<ProvinceDirectory>())));
    }

    [Theory]
    [InlineData("3. Sở Văn hóa, Thể thao và Du lịch", "Sở VHTTDL Cần Thơ", true)]
    [InlineData("b) Sở Văn hóa, Thể thao và Du lịch:", "Sở Văn hóa, Thể thao và Du lịch", true)]
    [InlineData("V. Sở Y tế chủ trì, phối hợp với các đơn vị", "Sở Y tế tỉnh Lạng Sơn", true)]
    [InlineData("b) Chủ trì, phối hợp chặt chẽ với Sở Văn hóa, Thể thao và Du lịch", "Sở VHTTDL Cần Thơ", false)]
    [InlineData("1. Sở Giáo dục", "Sở Giáo dục và Đào tạo", false)]
    [InlineData("2. Sở Tài chính", "Sở", false)]
    public async Task Heads_HeadingOpeningWithTheAgency_OnlyThenTrue(string heading, string agency, bool expected)
    {
        await using var host = ReviewTestHost.Create();

        Assert.Equal(expected, AgencyName.Heads(heading, AgencyName.Key(agency, host.Get<ProvinceDirectory>())));
    }
}
