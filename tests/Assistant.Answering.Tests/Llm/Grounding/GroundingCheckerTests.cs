using Assistant.Answering.Llm.Grounding;
using Assistant.Core.Configuration;
using Assistant.Core.Provinces;

namespace Assistant.Answering.Tests.Llm.Grounding;

public sealed class GroundingCheckerTests
{
    private static readonly string[] Sources =
    [
        "Quyết định 157/QĐ-TTg — Phó Thủ tướng Lê Thành Long ký Quyết định số 157/QĐ-TTg ngày 20/01/2026 ban hành Kế hoạch đẩy mạnh công tác truyền thông thực hiện Nghị quyết số 71-\n\nNQ/TW ngày 22 tháng 8 năm 2025 của Bộ Chính trị.",
        "Kế hoạch Cần Thơ — mục II.2.a 100% cán bộ, công chức, viên chức được phổ biến, quán triệt đầy đủ nội dung Nghị quyết trong giai đoạn 2026 - 2030; tổ chức 1.000 buổi tuyên truyền.",
        "Kế hoạch Cần Thơ — mục Chữ ký KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Văn Khởi. Chương trình số 10-CTr/TU ngày 31 tháng 12 năm 2025 của Thành ủy.",
    ];

    private static readonly GroundingChecker Checker = new(ProvinceDirectory.Load(new CorpusOptions().ProvincesPath));

    [Theory]
    [InlineData("Phó Thủ tướng Lê Thành Long ký Quyết định số 157/QĐ-TTg ngày 20/01/2026 [1].")]
    [InlineData("Quyết định được ký ngày 20 tháng 1 năm 2026 [1].")]
    [InlineData("Nghị quyết 71-NQ/TW ban hành ngày 22/8/2025 [1].")]
    [InlineData("Nghị quyết ban hành tháng 8/2025 [1].")]
    [InlineData("Mục tiêu là 100 % cán bộ được quán triệt trong giai đoạn 2026–2030 [2].")]
    [InlineData("Thành phố tổ chức 1000 buổi tuyên truyền [2].")]
    [InlineData("Kế hoạch do ông Nguyễn Văn Khởi ký [3], thực hiện Chương trình số 10-CTr/TU [3].")]
    [InlineData("Theo mục II.2.a, cán bộ được quán triệt đầy đủ [2].")]
    [InlineData("Kế hoạch của Cần Thơ và Hà Nội đều nói về truyền thông [2]; Hà Nội chưa có kế hoạch [2].")]
    [InlineData("Người dân Thái Bình hỏi Sở Giáo dục và Đào tạo [2].")]
    public void Check_GroundedAnswer_Passes(string answer)
    {
        var result = Checker.Check(answer, Sources);

        Assert.True(result.Passed, result.FailureReason);
    }

    [Theory]
    [InlineData("Mục tiêu là 50% cán bộ được quán triệt [2].", "ungrounded-number: 50%")]
    [InlineData("Thành phố tổ chức 2.000 buổi tuyên truyền [2].", "ungrounded-number: 2.000")]
    [InlineData("Quyết định được ký ngày 21/01/2026 [1].", "ungrounded-date: 21/01/2026")]
    [InlineData("Nghị quyết ban hành ngày 22 tháng 9 năm 2025 [1].", "ungrounded-date: 22 tháng 9 năm 2025")]
    [InlineData("Đây là Quyết định số 175/QĐ-TTg [1].", "ungrounded-document-number: 175/QĐ-TTg")]
    [InlineData("Đây là Nghị quyết số 1-NQ/TW [1].", "ungrounded-document-number: 1-NQ/TW")]
    [InlineData("Kế hoạch do ông Trần Văn Nam ký [3].", "ungrounded-name: Trần Văn Nam")]
    [InlineData("Phó Thủ tướng Lê Thanh Long ký quyết định [1].", "ungrounded-name: Lê Thanh Long")]
    public void Check_FactMissingFromCitedPassages_FailsNamingIt(string answer, string reason)
    {
        var result = Checker.Check(answer, Sources);

        Assert.Equal(reason, result.FailureReason);
    }

    [Fact]
    public void Check_FactOnlyInAnUncitedPassage_Fails()
    {
        // 100% is in passage [2], but the answer cites [1] only.
        var result = Checker.Check("Mục tiêu là 100% cán bộ được quán triệt [1].", Sources);

        Assert.Equal("ungrounded-number: 100%", result.FailureReason);
    }

    [Theory]
    [InlineData("Quyết định 157/QĐ-TTg [7].", "invalid-citation: [7]")]
    [InlineData("Quyết định 157/QĐ-TTg [0].", "invalid-citation: [0]")]
    [InlineData("Quyết định 157/QĐ-TTg [1, 4].", "invalid-citation: [1, 4]")]
    public void Check_CitationOfAPassageNotGiven_Fails(string answer, string reason)
    {
        Assert.Equal(reason, Checker.Check(answer, Sources).FailureReason);
    }

    [Theory]
    [InlineData("Tôi không tìm thấy thông tin này trong các văn bản hiện có.")]
    [InlineData("Quyết định 157/QĐ-TTg do Phó Thủ tướng ký.")]
    public void Check_NoCitation_FailsAsDeclined(string answer)
    {
        Assert.Equal("no-citation", Checker.Check(answer, Sources).FailureReason);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  \n ")]
    public void Check_EmptyAnswer_Fails(string answer)
    {
        Assert.Equal("empty-response", Checker.Check(answer, Sources).FailureReason);
    }

    [Fact]
    public void Check_CitationNumbersAreNotFacts()
    {
        // "[3]" must not count as the number 3, which no passage states on its own.
        var result = Checker.Check("Kế hoạch do ông Nguyễn Văn Khởi ký [3].", Sources);

        Assert.True(result.Passed, result.FailureReason);
        Assert.Equal([3], result.Cited);
    }

    [Fact]
    public void Check_SeveralCitations_ListedInOrderOfFirstUse()
    {
        var result = Checker.Check("Ông Nguyễn Văn Khởi ký [3]; 100% cán bộ được quán triệt [2][3], theo Quyết định 157/QĐ-TTg [1, 2].", Sources);

        Assert.True(result.Passed, result.FailureReason);
        Assert.Equal([3, 2, 1], result.Cited);
    }
}
