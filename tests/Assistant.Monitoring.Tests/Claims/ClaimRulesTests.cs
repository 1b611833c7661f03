using Assistant.Core.Monitoring;
using Assistant.Core.Text;
using Assistant.Monitoring.Claims;
using Assistant.Monitoring.Tests.Pipeline;
using Microsoft.Extensions.DependencyInjection;

namespace Assistant.Monitoring.Tests.Claims;

/// <summary>Each claim rule on posts that contradict the documents, and on posts that say the same as they do.</summary>
public sealed class ClaimRulesTests(PipelineFixture pipeline)
{
    [Fact]
    public void RuleIds_EveryRuleRegistered_InOrder()
    {
        using var services = pipeline.BuildServices();

        Assert.Equal(
            ["quantity", "period", "document-date", "signer", "issuer", "repeal", "negation", "agency", "reporting-cycle", "invented-obligation"],
            services.GetRequiredService<ClaimChecker>().RuleIds);
    }

    [Theory]
    [InlineData("Chủ tịch Trần Văn Lâu ký KH Cần Thơ về truyền thông Nghị quyết 71.", "Chủ tịch Trần Văn Lâu", "Nguyễn Văn Khởi")]
    [InlineData("KH Lạng Sơn do ông Nguyễn Văn A ký ban hành.", "Nguyễn Văn A", "Trần Thanh Nhàn")]
    [InlineData("QĐ 157 do Phó Thủ tướng Trần Hồng Hà ký.", "Phó Thủ tướng Trần Hồng Hà", "Phó Thủ tướng Lê Thành Long ký Quyết định số 157/QĐ-TTg")]
    [InlineData("Bộ trưởng Bộ GD&ĐT vừa ký Quyết định 157/QĐ-TTg về truyền thông Nghị quyết 71.", "Bộ trưởng", "Phó Thủ tướng Lê Thành Long ký Quyết định số 157/QĐ-TTg")]
    public void Check_WrongSigner_QuotesTheSignatureBlock(string text, string claimed, string signature)
    {
        var finding = Single(text, "signer");

        Assert.Equal(ClaimFinding.Contradiction, finding.Kind);
        Assert.StartsWith($"Bài viết nói người ký là {claimed}", finding.Reason, StringComparison.Ordinal);
        Assert.Contains(signature, finding.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Kế hoạch của Cần Thơ do Phó Chủ tịch UBND thành phố Nguyễn Văn Khởi ký.")]
    [InlineData("Phó Thủ tướng Lê Thành Long đã ký Quyết định 157/QĐ-TTg ban hành Kế hoạch truyền thông Nghị quyết 71.")]
    [InlineData("Quyết định 157/QĐ-TTg của Thủ tướng Chính phủ, ký ngày 20/01/2026, đẩy mạnh truyền thông Nghị quyết 71.")]
    public void Check_RightSigner_NoSignerReason(string text) => Assert.DoesNotContain(Check(text).Findings, f => f.Rule == "signer");

    [Theory]
    [InlineData("Nghị quyết 71 của Quốc hội về đột phá phát triển giáo dục và đào tạo.", "Bộ Chính trị")]
    [InlineData("Quốc hội vừa thông qua Nghị quyết 71 về đột phá phát triển giáo dục và đào tạo.", "Bộ Chính trị")]
    [InlineData("Sở GD&ĐT Quảng Ngãi vừa ký ban hành Kế hoạch triển khai Quyết định 157/QĐ-TTg về truyền thông Nghị quyết 71.", "Ủy ban nhân dân tỉnh ban hành Kế hoạch")]
    [InlineData("Kế hoạch truyền thông Nghị quyết 71 ở Lạng Sơn do Sở GD&ĐT ban hành.", "Ủy ban nhân dân")]
    public void Check_WrongIssuingBody_NamesTheIssuer(string text, string issuer)
    {
        var finding = Single(text, "issuer");

        Assert.Contains(issuer, finding.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Nghị quyết số 71-NQ/TW ngày 22/8/2025 của Bộ Chính trị về đột phá phát triển giáo dục và đào tạo.")]
    [InlineData("Chính phủ ra Quyết định 157 để đẩy mạnh truyền thông Nghị quyết 71.")]
    [InlineData("UBND tỉnh Quảng Ngãi ban hành Kế hoạch triển khai Quyết định 157/QĐ-TTg về truyền thông Nghị quyết 71.")]
    [InlineData("Nhiều người vẫn nhầm Nghị quyết 71 là của Quốc hội. Thực tế đây là Nghị quyết của Bộ Chính trị.")]
    [InlineData("Kế hoạch truyền thông Nghị quyết 71 ở Lạng Sơn do UBND tỉnh ban hành, Sở GD&ĐT là cơ quan thường trực.")]
    public void Check_RightIssuerOrDeniedRumour_NoIssuerReason(string text) => Assert.DoesNotContain(Check(text).Findings, f => f.Rule == "issuer");

    [Fact]
    public void Check_WrongReportingCycle_QuotesTheOfficialCycle()
    {
        var finding = Single("Cần Thơ: UBND các xã, phường phải gửi báo cáo kết quả truyền thông giáo dục về Sở GD&ĐT HẰNG TUẦN.", "reporting-cycle");

        Assert.Contains("HẰNG TUẦN", finding.Reason, StringComparison.Ordinal);
        Assert.Contains("06 tháng, cuối năm", finding.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_WrongReportRecipient_QuotesWhoTheReportGoesTo()
    {
        var finding = Single("Theo Quyết định 157, Bộ Giáo dục và Đào tạo định kỳ báo cáo Quốc hội về kết quả truyền thông.", "reporting-cycle");

        Assert.Contains("(báo cáo Quốc hội)", finding.Reason, StringComparison.Ordinal);
        Assert.Contains("định kỳ báo cáo Thủ tướng Chính phủ", finding.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_RightReportRecipient_NoReportingReason() =>
        Assert.DoesNotContain(
            Check("Theo Quyết định 157, Bộ Giáo dục và Đào tạo định kỳ báo cáo Thủ tướng Chính phủ về kết quả truyền thông.").Findings,
            f => f.Rule == "reporting-cycle");

    [Fact]
    public void Check_RightReportingCycle_NoReportingReason() =>
        Assert.DoesNotContain(
            Check("Cần Thơ: UBND các xã, phường định kỳ 06 tháng, cuối năm đánh giá, báo cáo kết quả công tác truyền thông giáo dục của địa phương.").Findings,
            f => f.Rule == "reporting-cycle");

    [Fact]
    public void Check_RightNumberInWrongPeriod_NamesBothPeriods()
    {
        var finding = Single("Theo QĐ 157, ngay giai đoạn 2026–2030 phải có 100% cán bộ làm công tác truyền thông tại các cơ sở giáo dục được đào tạo, bồi dưỡng thường xuyên.", "period");

        Assert.Contains("100%", finding.Reason, StringComparison.Ordinal);
        Assert.Contains("70%", finding.Reason, StringComparison.Ordinal);
        Assert.Contains("2026 - 2030", finding.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_NumberOfItsOwnPeriod_Agrees()
    {
        var result = Check("Theo QĐ 157, giai đoạn 2030-2035 phấn đấu 100% cán bộ làm công tác truyền thông tại các cơ sở giáo dục được đào tạo, bồi dưỡng thường xuyên.");

        Assert.DoesNotContain(result.Findings, f => f.Rule is "period" or "quantity");
    }

    [Theory]
    [InlineData("Kế hoạch của UBND TP Cần Thơ quy định hiệu trưởng không hoàn thành chỉ tiêu truyền thông sẽ bị phạt 5 triệu đồng.", "mức phạt")]
    [InlineData("Theo kế hoạch của tỉnh Quảng Ngãi, mỗi học sinh phải đóng thêm 50.000đ quỹ truyền thông Nghị quyết 71.", "khoản phí hay khoản thu")]
    [InlineData("Theo kế hoạch của Hải Phòng, chậm nhất ngày 30/4/2026 các trường phải lập xong chuyên mục Nghị quyết 71.", "hạn chót ngày 30/04/2026")]
    public void Check_InventedObligation_NotInTheDocumentsWithClosestPassage(string text, string what)
    {
        var finding = Single(text, "invented-obligation");

        Assert.Equal(ClaimFinding.NotStated, finding.Kind);
        Assert.Contains("không có trong văn bản", finding.Reason, StringComparison.Ordinal);
        Assert.Contains($"không đặt {what} nào", finding.Reason, StringComparison.Ordinal);
        Assert.Contains("Đoạn gần nhất", finding.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Kế hoạch của Quảng Ngãi không có khoản thu nào từ học sinh; kinh phí từ ngân sách nhà nước.")]
    [InlineData("Phụ huynh hỏi: kế hoạch NQ71 của Lạng Sơn có thu tiền học sinh không? Trả lời: không.")]
    [InlineData("CẢI CHÍNH: tin mỗi học sinh Quảng Ngãi đóng 50.000đ quỹ truyền thông theo kế hoạch của tỉnh là sai.")]
    public void Check_NoObligationClaimed_NoObligationReason(string text) =>
        Assert.DoesNotContain(Check(text).Findings, f => f.Rule == "invented-obligation");

    [Fact]
    public void Check_PostTypedWithoutDiacritics_ReadThroughChatWriting_AccentedPostAsWritten()
    {
        var writing = new RecordingChatWriting();
        using var services = pipeline.BuildServices(configure: s => s.AddSingleton<IChatWriting>(writing));
        var checker = services.GetRequiredService<ClaimChecker>();

        var result = checker.Check("kh can tho bat ubnd cac xa phuong gui bao cao ket qua truyen thong giao duc ve so gd&dt hang tuan ko dc cham");
        checker.Check("Cần Thơ: UBND các xã, phường gửi báo cáo kết quả truyền thông giáo dục về Sở GD&ĐT hằng tuần.");

        Assert.Equal(["kh can tho bat ubnd cac xa phuong gui bao cao ket qua truyen thong giao duc ve so gd&dt hang tuan ko dc cham"], writing.Messages);
        Assert.Contains("ke hoach can tho", Assert.Single(result.Findings, f => f.Rule == "reporting-cycle").Reason, StringComparison.Ordinal);
    }

    private ClaimCheckResult Check(string text)
    {
        using var services = pipeline.BuildServices();
        return services.GetRequiredService<ClaimChecker>().Check(text);
    }

    private sealed class RecordingChatWriting : IChatWriting
    {
        public List<string> Messages { get; } = [];

        public string WriteOut(string message)
        {
            Messages.Add(message);
            return message.Replace("kh ", "ke hoach ", StringComparison.Ordinal).Replace(" ko dc ", " khong duoc ", StringComparison.Ordinal);
        }
    }

    private ClaimFinding Single(string text, string rule)
    {
        var findings = Check(text).Findings;
        return Assert.Single(findings, f => f.Rule == rule);
    }
}
