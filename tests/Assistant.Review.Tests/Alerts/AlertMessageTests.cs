using Assistant.Review.Alerts;
using Assistant.Review.Tests.Support;
using Microsoft.Extensions.Options;

namespace Assistant.Review.Tests.Alerts;

public sealed class AlertMessageTests
{
    [Fact]
    public void Compose_WithDashboardAddress_NamesRiskProvinceExcerptAndLinksTheItem()
    {
        var item = TestItems.Create(12, null, "Cần Thơ cắt toàn bộ kinh phí truyền thông giáo dục") with { Risk = 0.934 };

        var message = AlertMessage.Compose(item, "Cần Thơ", "https://tro-ly.example.vn/");

        Assert.Equal(
            """
            Cảnh báo: mục #12 có rủi ro cao vừa được giao cho bạn.
            Rủi ro: 93%
            Tỉnh/thành phố: Cần Thơ
            Nội dung: "Cần Thơ cắt toàn bộ kinh phí truyền thông giáo dục"
            Xem và xử lý: https://tro-ly.example.vn/review/items/12
            """,
            message);
    }

    [Fact]
    public void Compose_NoAddressNoProvince_SaysSoWithoutALink()
    {
        var message = AlertMessage.Compose(TestItems.Create(3, null, "Học phí tăng gấp ba"), null, "");

        Assert.Contains("Tỉnh/thành phố: chưa xác định", message, StringComparison.Ordinal);
        Assert.Contains("(/review/items/3)", message, StringComparison.Ordinal);
        Assert.DoesNotContain("http", message, StringComparison.Ordinal);
    }

    [Fact]
    public void Excerpt_LongMultilinePost_OneLineCutAtAWordWithEllipsis()
    {
        var text = "Dòng đầu\n\n" + string.Concat(Enumerable.Repeat("giáo viên phải học thêm ", 20));

        var excerpt = AlertMessage.Excerpt(text);

        Assert.StartsWith("Dòng đầu giáo viên", excerpt, StringComparison.Ordinal);
        Assert.EndsWith("…", excerpt, StringComparison.Ordinal);
        Assert.True(excerpt.Length <= AlertMessage.ExcerptLength + 1);
        Assert.DoesNotContain('\n', excerpt);
        var line = "Dòng đầu " + string.Concat(Enumerable.Repeat("giáo viên phải học thêm ", 20)).TrimEnd();
        var kept = excerpt[..^1];
        Assert.StartsWith(kept, line, StringComparison.Ordinal);
        Assert.Equal(' ', line[kept.Length]);
    }

    [Theory]
    [InlineData("tro-ly.example.vn")]
    [InlineData("ftp://tro-ly.example.vn")]
    public async Task Options_PublicBaseUrlNotHttp_FailValidationNamingTheSetting(string url)
    {
        await using var host = ReviewTestHost.Create(new Dictionary<string, string?> { ["Review:PublicBaseUrl"] = url });

        var error = Assert.Throws<OptionsValidationException>(() => host.Get<IOptions<ReviewOptions>>().Value);

        Assert.Contains("Review:PublicBaseUrl", error.Message, StringComparison.Ordinal);
    }
}
