using System.Text.RegularExpressions;
using Assistant.Core.Documents;
using Assistant.Retrieval.Parsing;
using Assistant.Retrieval.Tests.Corpus;

namespace Assistant.Retrieval.Tests.Parsing;

/// <summary>The parser on every real seed document: clean passage texts, section paths, header and end matter.</summary>
public sealed partial class SeedParsingTests
{
    [Theory]
    [MemberData(nameof(SeedCorpus.AllIds), MemberType = typeof(SeedCorpus))]
    public void Passages_EverySeed_AreCleanNumberedSlicesOfTheText(string id)
    {
        var document = SeedCorpus.Get(id);
        var bodyKey = Key(document.Body);

        Assert.NotEmpty(document.Passages);
        for (var i = 0; i < document.Passages.Count; i++)
        {
            var passage = document.Passages[i];
            Assert.Equal(i, passage.Ordinal);
            Assert.Equal(id, passage.DocId);
            Assert.False(string.IsNullOrWhiteSpace(passage.Text), $"empty passage {i}");
            Assert.DoesNotContain("\n", passage.Text, StringComparison.Ordinal);
            Assert.DoesNotContain("*", passage.Text, StringComparison.Ordinal);
            Assert.Equal(passage.Text.Trim(), passage.Text);
            Assert.False(string.IsNullOrWhiteSpace(passage.Section), $"passage {i} has no section");
            Assert.True(passage.Text.Length <= DocumentParser.MaxPassageLength, $"passage {i} is {passage.Text.Length} characters");
            Assert.Contains(Key(passage.Text), bodyKey, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("lang-son-ke-hoach")]
    [InlineData("can-tho-ke-hoach")]
    public void Passages_PdfExtraction_RejoinWrappedLinesAndSplitNumbers(string id)
    {
        var document = SeedCorpus.Get(id);
        var brokenInSource = document.Body.Contains("71-\n\nNQ/TW", StringComparison.Ordinal);

        Assert.True(brokenInSource);
        Assert.All(document.Passages, p => Assert.DoesNotMatch(@"71-\s", p.Text));
        Assert.All(document.Passages, p => Assert.False(p.Text.StartsWith("NQ/TW", StringComparison.Ordinal), p.Text));
        Assert.Equal(Occurrences(Key(document.Body), "71-NQ/TW"), document.Passages.Sum(p => Occurrences(p.Text, "71-NQ/TW")));
    }

    [Fact]
    public void Passages_QuangNgai_HealThePageBreakInsideASentence()
    {
        var passages = SeedCorpus.Get("quang-ngai-ke-hoach").Passages;

        var goal = Assert.Single(passages, p => p.Text.StartsWith("100% cán bộ, công chức, viên chức", StringComparison.Ordinal));
        Assert.Equal("II.1", goal.Section);
        Assert.Contains("được quán triệt, phổ biển đầy đủ nội dung của Nghị quyết số 71-NQ/TW", goal.Text, StringComparison.Ordinal);
        Assert.EndsWith("về đột phá phát triển giáo dục và đào tạo.", goal.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("can-tho-ke-hoach", "III.4.a", "Thiết lập cơ chế phối hợp liên ngành trong phát hiện, xử lý thông tin sai lệch, xuyên tạc")]
    [InlineData("can-tho-ke-hoach", "I.2.đ", "Bảo đảm thực hiện nguyên tắc “06 rõ” trong tổ chức truyền thông")]
    [InlineData("can-tho-ke-hoach", "III.1.d", "Chủ động nắm bắt dư luận xã hội; kịp thời xử lý thông tin sai lệch")]
    [InlineData("can-tho-ke-hoach", "II.2.a", "Ít nhất 90% cán bộ quản lý giáo dục và nhà giáo")]
    [InlineData("hai-phong-ke-hoach", "III.1.d", "Chủ động nắm bắt dư luận, kịp thời xử lý thông tin sai lệch")]
    [InlineData("hai-phong-ke-hoach", "Điều 2", "Quyết định này có hiệu lực kể từ ngày ký.")]
    [InlineData("hai-phong-ke-hoach", "IV", "Kinh phí thực hiện Kế hoạch được bảo đảm từ nguồn chi ngân sách nhà nước")]
    [InlineData("hai-phong-ke-hoach", "V.6", "Tham gia các hoạt động truyền thông liên quan đến giáo dục và đào tạo.")]
    [InlineData("lang-son-ke-hoach", "II.2.a", "Tối thiểu 70% cán bộ làm công tác truyền thông tại cơ quan quản lý giáo dục")]
    [InlineData("lang-son-ke-hoach", "II.2.b", "100% cơ sở giáo dục triển khai truyền thông nội bộ về Nghị quyết số 71-NQ/TW")]
    [InlineData("lang-son-ke-hoach", "III.1", "chủ động nắm bắt dư luận, xử lý thông tin sai lệch")]
    [InlineData("lang-son-ke-hoach", "IV.1", "Kinh phí thực hiện từ ngân sách nhà nước theo phân cấp ngân sách hiện hành")]
    [InlineData("quang-ngai-ke-hoach", "III.3", "Cơ quan thực hiện: Báo và Phát thanh, Truyền hình Quảng Ngãi.")]
    [InlineData("quang-ngai-ke-hoach", "V.4", "Tham mưu UBND tỉnh phân bổ kinh phí thực hiện các nhiệm vụ")]
    [InlineData("quyet-dinh-157-ttg", "1", "Đẩy mạnh truyền thông, phổ biến, nâng cao nhận thức về phát triển giáo dục và đào tạo")]
    [InlineData("quyet-dinh-157-ttg", "4", "xử lý thông tin sai lệch theo thẩm quyền")]
    [InlineData("quyet-dinh-157-ttg", "Đoạn 1", "Phó Thủ tướng Lê Thành Long ký Quyết định số 157/QĐ-TTg")]
    public void Passages_KnownText_CarryTheirSectionPath(string id, string section, string text)
    {
        var passages = SeedCorpus.Get(id).Passages;

        Assert.Contains(passages, p => p.Section == section && p.Kind == PassageKind.Body && p.Text.Contains(text, StringComparison.Ordinal));
    }

    [Fact]
    public void Headings_BulletUnderLetteredItem_TrailFromTheRomanSection()
    {
        var bullet = Assert.Single(SeedCorpus.Get("lang-son-ke-hoach").Passages, p => p.Text.StartsWith("Hằng năm tổ chức", StringComparison.Ordinal));

        Assert.Equal("II.2.a", bullet.Section);
        Assert.Equal(["II. MỤC TIÊU", "2. Mục tiêu cụ thể", "a) Giai đoạn 2026–2030"], bullet.Headings);
    }

    [Fact]
    public void Headings_LetteredAgencyItem_AreFullHeadingLines()
    {
        var passage = Assert.Single(SeedCorpus.Get("can-tho-ke-hoach").Passages, p => p.Text.StartsWith("Thiết lập cơ chế phối hợp liên ngành", StringComparison.Ordinal));

        Assert.Equal(3, passage.Headings.Count);
        Assert.Equal("III. NHIỆM VỤ VÀ GIẢI PHÁP", passage.Headings[0]);
        Assert.Equal("4. Tăng cường kiểm tra, giám sát, đánh giá và phối hợp thực hiện", passage.Headings[1]);
        Assert.Equal("a) Sở Giáo dục và Đào tạo", passage.Headings[2]);
    }

    [Fact]
    public void Passages_NewsReport_TasksNumberedWithHyphensBecomeSections()
    {
        var passages = SeedCorpus.Get("quyet-dinh-157-ttg").Passages;

        Assert.Equal(["1", "2", "3", "4"], passages.Select(p => p.Section).Where(s => !s.StartsWith("Đoạn", StringComparison.Ordinal)).Distinct());
        Assert.All(passages.Where(p => p.Section == "2"), p => Assert.StartsWith("2- Tăng cường truyền thông", p.Headings[0], StringComparison.Ordinal));
        Assert.DoesNotContain(passages, p => p.Kind is PassageKind.Recipients or PassageKind.Signature);
    }

    [Theory]
    [InlineData("hai-phong-ke-hoach", "KT. CHỦ TỊCH PHÓ CHỦ TỊCH Vũ Tiến Phụng")]
    [InlineData("lang-son-ke-hoach", "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Trần Thanh Nhàn")]
    [InlineData("quang-ngai-ke-hoach", "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Y Ngọc")]
    [InlineData("can-tho-ke-hoach", "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Văn Khởi")]
    public void Signature_EveryPlan_NamesTheSignerAndTheTitle(string id, string expected)
    {
        var document = SeedCorpus.Get(id);

        var signature = Assert.Single(document.Passages, p => p.Kind == PassageKind.Signature);
        Assert.Equal(expected, signature.Text);
        Assert.Equal(DocumentParser.SignatureSection, signature.Section);
        Assert.EndsWith(document.Info.Signer!, signature.Text, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(SeedCorpus.PlanIds), MemberType = typeof(SeedCorpus))]
    public void Recipients_EveryPlan_OnePassageWithTheWholeList(string id)
    {
        var recipients = Assert.Single(SeedCorpus.Get(id).Passages, p => p.Kind == PassageKind.Recipients);

        Assert.Equal(DocumentParser.RecipientsSection, recipients.Section);
        Assert.StartsWith("Nơi nhận: - ", recipients.Text, StringComparison.Ordinal);
        Assert.Matches(@"- Lưu: VT", recipients.Text);
    }

    [Theory]
    [InlineData("hai-phong-ke-hoach", "Số: /QĐ-UBND Hải Phòng, ngày tháng năm 2026")]
    [InlineData("hai-phong-ke-hoach", "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;")]
    [InlineData("hai-phong-ke-hoach", "Theo đề nghị của Sở Giáo dục và Đào tạo tại Tờ trình số 831/TTr-SGDĐT ngày 06 tháng 02 năm 2026. QUYẾT ĐỊNH:")]
    [InlineData("quang-ngai-ke-hoach", "Số: /KH-UBND Quảng Ngãi, ngày tháng năm 2026")]
    [InlineData("lang-son-ke-hoach", "KẾ HOẠCH Đẩy mạnh công tác truyền thông thực hiện Nghị quyết số 71-NQ/TW ngày 22/8/2025 của Bộ Chính trị về đột phá phát triển giáo dục và đào tạo trên địa bàn tỉnh Lạng Sơn")]
    public void Header_Plans_BecomeHeaderPassages(string id, string text)
    {
        var header = Assert.Single(SeedCorpus.Get(id).Passages, p => p.Text == text);

        Assert.Equal(PassageKind.Header, header.Kind);
        Assert.Equal("Mở đầu", header.Section);
    }

    [Theory]
    [InlineData("lang-son-ke-hoach", "Thực hiện Quyết định số 157/QĐ-TTg ngày 20/01/2026")]
    [InlineData("quang-ngai-ke-hoach", "Thực hiện Quyết định số 157/QĐ-TTg ngày 20/01/2026")]
    [InlineData("can-tho-ke-hoach", "Thực hiện Nghị quyết số 71-NQ/TW ngày 22 tháng 8 năm 2025")]
    public void Header_OpeningParagraph_IsAHeaderPassage(string id, string start)
    {
        Assert.Contains(SeedCorpus.Get(id).Passages, p => p.Kind == PassageKind.Header && p.Text.StartsWith(start, StringComparison.Ordinal));
    }

    [Fact]
    public void Parts_HaiPhongDecisionThenPlan_ArticlesSignatureThenPlanHeader()
    {
        var passages = SeedCorpus.Get("hai-phong-ke-hoach").Passages;

        var signature = passages.Single(p => p.Kind == PassageKind.Signature).Ordinal;
        Assert.Equal(["Điều 1", "Điều 2", "Điều 3"], passages.Where(p => p.Ordinal < signature && p.Kind == PassageKind.Body).Select(p => p.Section));
        var planHeader = passages[signature + 1];
        Assert.Equal(PassageKind.Header, planHeader.Kind);
        Assert.StartsWith("KẾ HOẠCH Về việc đẩy mạnh", planHeader.Text, StringComparison.Ordinal);
        Assert.Equal("I.1", passages[signature + 2].Section);
    }

    [Theory]
    [InlineData("hai-phong-ke-hoach", "Trong quá trình thực hiện, nếu phát sinh khó khăn")]
    [InlineData("can-tho-ke-hoach", "Trên đây là Kế hoạch đẩy mạnh công tác truyền thông")]
    public void ClosingParagraph_AfterTheLastItem_BelongsToTheLastSection(string id, string start)
    {
        var closing = Assert.Single(SeedCorpus.Get(id).Passages, p => p.Text.StartsWith(start, StringComparison.Ordinal));

        Assert.Equal("V", closing.Section);
        Assert.Equal(["V. TỔ CHỨC THỰC HIỆN"], closing.Headings);
    }

    [Theory]
    [MemberData(nameof(SeedCorpus.AllIds), MemberType = typeof(SeedCorpus))]
    public void Passages_ShortLabels_AreNeverPassagesOnTheirOwn(string id)
    {
        var texts = SeedCorpus.Get(id).Passages.Select(p => p.Text).ToHashSet();

        Assert.DoesNotContain("Mục đích", texts);
        Assert.DoesNotContain("Sở Giáo dục và Đào tạo", texts);
        Assert.DoesNotContain(texts, t => t.StartsWith("NHIỆM VỤ VÀ GIẢI PHÁP", StringComparison.Ordinal));
    }

    private static string Key(string text) => WhitespaceOrEmphasis().Replace(text, string.Empty);

    private static int Occurrences(string text, string value) => Regex.Matches(text, Regex.Escape(value)).Count;

    [GeneratedRegex(@"[\s*]+")]
    private static partial Regex WhitespaceOrEmphasis();
}
