using Assistant.Monitoring.Claims;
using Assistant.Monitoring.Tests.Pipeline;
using Microsoft.Extensions.DependencyInjection;

namespace Assistant.Monitoring.Tests.Claims;

public sealed class ClaimCheckerTests(PipelineFixture pipeline)
{
    [Fact]
    public void Check_DutyGivenToWrongAgency_QuotesBothAgencies()
    {
        using var services = pipeline.BuildServices();

        var result = services.GetRequiredService<ClaimChecker>().Check("Quyết định 157 giao Bộ Y tế xử lý thông tin sai lệch về giáo dục theo thẩm quyền.");

        var reason = Assert.Single(result.Reasons);
        Assert.StartsWith("Bài viết nói \"Quyết định 157 giao Bộ Y tế", reason, StringComparison.Ordinal);
        Assert.Contains("giao việc này cho Bộ Văn hóa, Thể thao và Du lịch", reason, StringComparison.Ordinal);
        Assert.Contains("xử lý thông tin sai lệch theo thẩm quyền", reason, StringComparison.Ordinal);
        Assert.Contains(result.Passages, p => p.Doc == "quyet-dinh-157-ttg" && p.Text.Contains("Bộ Văn hóa, Thể thao và Du lịch kiểm tra", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_DutyGivenToTheRightAgency_AgreesWithoutContradiction()
    {
        using var services = pipeline.BuildServices();

        var result = services.GetRequiredService<ClaimChecker>().Check("Quyết định 157 giao Bộ Văn hóa, Thể thao và Du lịch xử lý thông tin sai lệch theo thẩm quyền.");

        Assert.Empty(result.Reasons);
        Assert.True(result.Agreements >= 1);
    }

    [Theory]
    [InlineData("Kế hoạch Hải Phòng bãi bỏ việc duy trì chuyên mục trên Trang thông tin điện tử của Sở GD&ĐT.", "bãi bỏ", "duy trì")]
    [InlineData("Quyết định 157 cắt giảm việc kiểm tra, giám sát hoạt động truyền thông trên các phương tiện thông tin đại chúng.", "cắt giảm", "kiểm tra, giám sát hoạt động truyền thông")]
    [InlineData("ke hoach hai phong bai bo viec duy tri chuyen muc tren trang thong tin dien tu cua so gd&dt", "bai bo", "duy trì")]
    public void Check_DutySaidToBeDropped_QuotesThePostAndThePlan(string text, string postSide, string planSide)
    {
        using var services = pipeline.BuildServices();

        var result = services.GetRequiredService<ClaimChecker>().Check(text);

        var reason = Assert.Single(result.Reasons);
        var split = reason.IndexOf("\"; ", StringComparison.Ordinal);
        Assert.True(split > 0, reason);
        Assert.Contains(postSide, reason[..split], StringComparison.Ordinal);
        Assert.Contains(planSide, reason[split..], StringComparison.Ordinal);
        Assert.Contains(" nói: \"", reason[split..], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Tin Hải Phòng bãi bỏ việc duy trì chuyên mục trên Trang thông tin điện tử của Sở GD&ĐT là tin giả, kế hoạch vẫn giữ chuyên mục này.")]
    [InlineData("Kế hoạch Hải Phòng yêu cầu duy trì chuyên mục trên Trang thông tin điện tử của Sở GD&ĐT.")]
    public void Check_DenialOrAccurateDuty_NoContradiction(string text)
    {
        using var services = pipeline.BuildServices();

        Assert.Empty(services.GetRequiredService<ClaimChecker>().Check(text).Reasons);
    }

    [Fact]
    public void Check_StandingResolutionSaidRepealed_QuotesItsDate()
    {
        using var services = pipeline.BuildServices();

        var result = services.GetRequiredService<ClaimChecker>().Check("Nghị quyết 71 đã bị hủy bỏ, các trường dừng tuyên truyền.");

        Assert.Contains(result.Reasons, r => r.Contains("hủy bỏ", StringComparison.Ordinal) && r.Contains("22/08/2025", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_DeniedNumberAndClaimedNumber_ComparesTheClaimedOne()
    {
        using var services = pipeline.BuildServices();

        var result = services.GetRequiredService<ClaimChecker>().Check("Không phải 70% đâu, Hải Phòng chỉ cần 40% cán bộ truyền thông ở Sở GD&ĐT và trường học được đào tạo, bồi dưỡng.");

        Assert.Contains(result.Reasons, r => r.StartsWith("Bài viết nói 40%", StringComparison.Ordinal) && r.Contains("70%", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_DutySharedBetweenAgencies_PartnerAgencyAgrees()
    {
        using var services = pipeline.BuildServices();

        var result = services.GetRequiredService<ClaimChecker>().Check(
            "Kế hoạch Quảng Ngãi giao Sở Văn hóa, Thể thao và Du lịch cung cấp thông tin kịp thời, chính xác cho các cơ quan thông tấn, báo chí về các chủ trương, chính sách và hoạt động giáo dục.");

        Assert.Empty(result.Reasons);
        Assert.True(result.Agreements >= 1);
    }

    [Theory]
    [InlineData("Kế hoạch Cần Thơ đặt mục tiêu hằng năm xây dựng từ 20 đến 30 sản phẩm truyền thông số về đột phá phát triển giáo dục và đào tạo.")]
    [InlineData("Kế hoạch Cần Thơ đặt mục tiêu hằng năm xây dựng 20-30 sản phẩm truyền thông số về đột phá phát triển giáo dục và đào tạo.")]
    public void Check_SameRangeAsThePlan_AgreesWithoutContradiction(string text)
    {
        using var services = pipeline.BuildServices();

        var result = services.GetRequiredService<ClaimChecker>().Check(text);

        Assert.Empty(result.Reasons);
        Assert.True(result.Agreements >= 1);
    }

    [Fact]
    public void Check_OtherRangeThanThePlan_QuotesBothRanges()
    {
        using var services = pipeline.BuildServices();

        var result = services.GetRequiredService<ClaimChecker>().Check("Cần Thơ chỉ yêu cầu mỗi năm 5 đến 10 sản phẩm truyền thông số về đột phá phát triển giáo dục và đào tạo.");

        var reason = Assert.Single(result.Reasons);
        Assert.StartsWith("Bài viết nói 5 đến 10 sản phẩm", reason, StringComparison.Ordinal);
        Assert.Contains("20 - 30 sản phẩm", reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Đừng tin tin đồn Quyết định 157 được ký ngày 20/12/2025. Sự thật là Quyết định 157 được ký ngày 20/01/2026.")]
    [InlineData("Bác bỏ thông tin Quyết định 157 được ký ngày 20/12/2025 và giao Bộ Y tế xử lý thông tin sai lệch về giáo dục.")]
    [InlineData("Tin đồn Cần Thơ chỉ cần 5 sản phẩm truyền thông số mỗi năm là sai, kế hoạch yêu cầu tối thiểu 20 - 30 sản phẩm truyền thông số về đột phá phát triển giáo dục và đào tạo.")]
    public void Check_RumourDenied_RumourNotTakenAsTheClaim(string text)
    {
        using var services = pipeline.BuildServices();

        Assert.Empty(services.GetRequiredService<ClaimChecker>().Check(text).Reasons);
    }

    [Fact]
    public void Check_DenialThenFalseFact_FactStillCompared()
    {
        using var services = pipeline.BuildServices();

        var result = services.GetRequiredService<ClaimChecker>().Check("Đừng tin tin đồn về Quyết định 157. Sự thật là Quyết định 157 được ký ngày 20/12/2025.");

        Assert.Contains(result.Reasons, r => r.Contains("20/12/2025", StringComparison.Ordinal) && r.Contains("20/01/2026", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Check_ManyThreads_SameAsSerial()
    {
        using var services = pipeline.BuildServices();
        var checker = services.GetRequiredService<ClaimChecker>();
        string[] texts =
        [
            "Quyết định 157 giao Bộ Y tế xử lý thông tin sai lệch về giáo dục theo thẩm quyền.",
            "Kế hoạch Hải Phòng bãi bỏ việc duy trì chuyên mục trên Trang thông tin điện tử của Sở GD&ĐT.",
            "Hải Phòng chỉ yêu cầu 50% cán bộ truyền thông ở Sở GD&ĐT và trường học được đào tạo.",
            "Quyết định 157 được ký ngày 20/12/2025.",
        ];
        var serial = texts.Select(t => Summary(checker.Check(t))).ToList();

        var concurrent = await Task.WhenAll(Enumerable.Range(0, 64).Select(i => Task.Run(() => Summary(checker.Check(texts[i % texts.Length])), TestContext.Current.CancellationToken)));

        for (var i = 0; i < concurrent.Length; i++)
        {
            Assert.Equal(serial[i % texts.Length], concurrent[i]);
        }
    }

    private static string Summary(ClaimCheckResult result) =>
        $"{string.Join("|", result.Reasons)} {result.Agreements} {string.Join("|", result.Passages.Select(p => p.Doc + p.Section))}";
}
