using Assistant.Monitoring.Claims;

namespace Assistant.Monitoring.Tests.Claims;

public sealed class ClaimTextTests
{
    [Theory]
    [InlineData("Mỗi năm xây dựng 20 đến 30 sản phẩm truyền thông số.", "san pham")]
    [InlineData("Mỗi năm xây dựng từ 20 tới 30 sản phẩm truyền thông số.", "san pham")]
    [InlineData("Mỗi năm xây dựng 20-30 sản phẩm truyền thông số.", "san pham")]
    [InlineData("Từ 20 đến 30% cán bộ được bồi dưỡng.", "%")]
    [InlineData("Từ 20% đến 30% cán bộ được bồi dưỡng.", "%")]
    public void Quantities_RangeWritten_ReadAsOneRange(string text, string unit)
    {
        var quantity = Assert.Single(ClaimText.Of(text).Quantities());

        Assert.Equal(20m, quantity.Value);
        Assert.Equal(30m, quantity.UpTo);
        Assert.Equal(unit, quantity.Unit);
    }

    [Fact]
    public void Quantities_NumberThenYear_NotARange()
    {
        var quantity = Assert.Single(ClaimText.Of("Đạt 70% cán bộ được bồi dưỡng đến 2030.").Quantities());

        Assert.Equal(70m, quantity.Value);
        Assert.Null(quantity.UpTo);
    }

    [Theory]
    [InlineData("20 đến 30 sản phẩm", true)]
    [InlineData("25 sản phẩm", true)]
    [InlineData("5 đến 10 sản phẩm", false)]
    [InlineData("20 đến 40 sản phẩm", false)]
    [InlineData("40 sản phẩm", false)]
    public void Agrees_OfficialRange_SameRangeOrValueInside(string claim, bool agrees)
    {
        var official = Assert.Single(ClaimText.Of("tối thiểu 20 - 30 sản phẩm").Quantities());

        Assert.Equal(agrees, Assert.Single(ClaimText.Of(claim).Quantities()).Agrees(official));
    }

    [Theory]
    [InlineData("Đừng tin tin đồn Hải Phòng chỉ cần 40% cán bộ. Sự thật là kế hoạch yêu cầu 70%.", "40%", "70%")]
    [InlineData("Tin đồn Hải Phòng chỉ cần 40% cán bộ là sai, kế hoạch yêu cầu 70%.", "40%", "70%")]
    [InlineData("Sở bác bỏ thông tin chỉ cần 40% cán bộ; kế hoạch yêu cầu 70%.", "40%", "70%")]
    [InlineData("Nhiều người nói chỉ cần 40% cán bộ. Sự thật là kế hoạch yêu cầu 70%.", "40%", "70%")]
    public void DeniedSpans_RumourDenied_CoversTheRumourNotTheFact(string text, string rumour, string fact)
    {
        var post = ClaimText.Of(text);
        var denied = ClaimCues.DeniedSpans(post);

        Assert.True(ClaimCues.IsWithin(denied, post.Folded.IndexOf(rumour, StringComparison.Ordinal)));
        Assert.False(ClaimCues.IsWithin(denied, post.Folded.IndexOf(fact, StringComparison.Ordinal)));
    }

    [Fact]
    public void DeniedSpans_NoDenial_Empty()
    {
        Assert.Empty(ClaimCues.DeniedSpans(ClaimText.Of("Sở GD&ĐT sử dụng tin nhắn để thông báo; kế hoạch yêu cầu 70% cán bộ được bồi dưỡng.")));
    }
}
