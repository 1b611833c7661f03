using Assistant.Core.Documents;
using Assistant.Retrieval.Parsing;

namespace Assistant.Retrieval.Tests.Parsing;

/// <summary>The parser on small texts built to show one rule each.</summary>
public sealed class DocumentParserTests
{
    [Fact]
    public void Parse_HardWrappedPdfText_RejoinsPrintedLinesIntoItems()
    {
        const string text = " I. MỤC TIÊU \n\n 1. Mục tiêu chung \n\n Đẩy mạnh truyền thông thực hiện Nghị quyết số 71-\n\n"
            + "NQ/TW nhằm nâng cao nhận thức, tạo sự thống nhất trong toàn hệ thống chính trị \n\n"
            + "và xã hội về đột phá phát triển giáo dục và đào tạo trong giai đoạn mới của Bộ \n\nChính trị và Nhân dân. \n\n"
            + " Công tác truyền thông phải chủ động, kịp thời, sáng tạo, hiệu quả, đúng trọng\n"
            + " tâm, trọng điểm, phù hợp với từng nhóm đối tượng trong toàn tỉnh và các xã. \n";

        var passages = DocumentParser.ParsePassages("x", text);

        Assert.Equal(2, passages.Count);
        Assert.Equal("Đẩy mạnh truyền thông thực hiện Nghị quyết số 71-NQ/TW nhằm nâng cao nhận thức, tạo sự thống nhất trong toàn hệ thống "
            + "chính trị và xã hội về đột phá phát triển giáo dục và đào tạo trong giai đoạn mới của Bộ Chính trị và Nhân dân.", passages[0].Text);
        Assert.StartsWith("Công tác truyền thông phải chủ động", passages[1].Text, StringComparison.Ordinal);
        Assert.All(passages, p => Assert.Equal("I.1", p.Section));
        Assert.All(passages, p => Assert.Equal(["I. MỤC TIÊU", "1. Mục tiêu chung"], p.Headings));
    }

    [Fact]
    public void Parse_ParagraphPerLineText_PageBreakInsideASentenceIsHealed()
    {
        const string text = "1. Mục tiêu\n\n- 100% cán bộ được quán triệt, phổ\n\nbiến đầy đủ nội dung Nghị quyết.\n\n- Tối thiểu 70% cán bộ được bồi dưỡng.\n";

        var passages = DocumentParser.ParsePassages("x", text);

        Assert.Equal(["100% cán bộ được quán triệt, phổ biến đầy đủ nội dung Nghị quyết.", "Tối thiểu 70% cán bộ được bồi dưỡng."],
            passages.Select(p => p.Text));
    }

    [Fact]
    public void Parse_BlankLineBetweenParagraphs_KeepsThemApartWithoutFinalPunctuation()
    {
        const string text = "1. Sở Giáo dục và Đào tạo\n\nLà cơ quan đầu mối chủ trì tham mưu\n\nChủ trì phối hợp với các cơ quan báo chí.\n";

        var passages = DocumentParser.ParsePassages("x", text);

        Assert.Equal(["Là cơ quan đầu mối chủ trì tham mưu", "Chủ trì phối hợp với các cơ quan báo chí."], passages.Select(p => p.Text));
        Assert.All(passages, p => Assert.Equal("1", p.Section));
    }

    [Fact]
    public void Parse_MarkdownEmphasis_IsDropped()
    {
        const string text = "**KẾ HOẠCH**\n\n1. Nhiệm vụ\n\n- *Cơ quan thực hiện:* Sở Giáo dục và Đào tạo (*nếu có*).\n";

        var passages = DocumentParser.ParsePassages("x", text);

        Assert.Equal("Cơ quan thực hiện: Sở Giáo dục và Đào tạo (nếu có).", passages.Single(p => p.Kind == PassageKind.Body).Text);
        Assert.Equal("KẾ HOẠCH", passages[0].Text);
    }

    [Theory]
    [InlineData("đ", "I.2.đ")]
    [InlineData("e", "I.2.e")]
    [InlineData("y", "I.2.y")]
    public void Parse_VietnameseLetters_AreLetteredItems(string letter, string section)
    {
        var text = $"I. YÊU CẦU\n\n2. Yêu cầu\n\nd) Bảo đảm đúng định hướng;\n\n{letter}) Bảo đảm nguyên tắc “06 rõ”.\n";

        var passage = DocumentParser.ParsePassages("x", text)[^1];

        Assert.Equal(section, passage.Section);
        Assert.Equal("Bảo đảm nguyên tắc “06 rõ”.", passage.Text);
    }

    [Fact]
    public void Parse_LetterOutsideTheVietnameseAlphabet_IsNotAnItem()
    {
        const string text = "1. Nhiệm vụ\n\nf) không phải một mục.\n";

        var passage = Assert.Single(DocumentParser.ParsePassages("x", text));

        Assert.Equal("Nhiệm vụ f) không phải một mục.", passage.Text);
        Assert.Equal("1", passage.Section);
    }

    [Fact]
    public void Parse_SubBullets_KeepTheirParentPathAndHaveTheBulletAsHeading()
    {
        const string text = "II. NHIỆM VỤ\n\n1) Sở Giáo dục và Đào tạo\n\n- Chủ trì các việc sau:\n\n+ Tập huấn cán bộ;\n\n+ Báo cáo định kỳ.\n\n- Phối hợp với các sở.\n";

        var passages = DocumentParser.ParsePassages("x", text);

        Assert.Equal(["Chủ trì các việc sau:", "Tập huấn cán bộ;", "Báo cáo định kỳ.", "Phối hợp với các sở."], passages.Select(p => p.Text));
        Assert.All(passages, p => Assert.Equal("II.1", p.Section));
        Assert.Equal(["II. NHIỆM VỤ", "1) Sở Giáo dục và Đào tạo", "- Chủ trì các việc sau:"], passages[1].Headings);
        Assert.Equal(["II. NHIỆM VỤ", "1) Sở Giáo dục và Đào tạo"], passages[3].Headings);
    }

    [Fact]
    public void Parse_DashInsideAWrappedLine_IsNotABullet()
    {
        const string text = "1. Mục tiêu\n\nGắn với chiến lược phát triển kinh tế\n- xã hội của địa phương.\n";

        var passage = Assert.Single(DocumentParser.ParsePassages("x", text));

        Assert.Equal("Gắn với chiến lược phát triển kinh tế - xã hội của địa phương.", passage.Text);
    }

    [Fact]
    public void Parse_NumbersThatAreNotMarkers_StayInText()
    {
        const string text = "1. Mục tiêu\n\nThực hiện Nghị quyết số\n71-NQ/TW ngày 22/8/2025 và Quyết định số\n157/QĐ-TTg giai đoạn 2026-2030.\n";

        var passage = Assert.Single(DocumentParser.ParsePassages("x", text));

        Assert.Equal("Thực hiện Nghị quyết số 71-NQ/TW ngày 22/8/2025 và Quyết định số 157/QĐ-TTg giai đoạn 2026-2030.", passage.Text);
        Assert.Equal("1", passage.Section);
    }

    [Fact]
    public void Parse_SignatureAfterClosingFormula_WithoutRecipients_IsASignature()
    {
        const string text = "I. TỔ CHỨC\n\n1. Sở Giáo dục báo cáo.\n\nTrong quá trình thực hiện, nếu vướng mắc thì báo cáo./.\n\nCHỦ TỊCH\n\n(Đã ký)\n\nNguyễn Văn An\n";

        var passages = DocumentParser.ParsePassages("x", text);

        var signature = Assert.Single(passages, p => p.Kind == PassageKind.Signature);
        Assert.Equal("CHỦ TỊCH (Đã ký) Nguyễn Văn An", signature.Text);
        Assert.Equal("I", passages.Single(p => p.Text.StartsWith("Trong quá trình", StringComparison.Ordinal)).Section);
    }

    [Fact]
    public void Parse_NewsReportWithoutItems_ParagraphsAndCrossHeadings()
    {
        const string text = "Hà Nội (TTXVN) - Bộ trưởng đã ký quyết định.\n\nTruyền thông là nhiệm vụ trọng tâm\n\n"
            + "Kế hoạch nêu rõ các mục tiêu.\n\nCác địa phương phải triển khai.\n";

        var passages = DocumentParser.ParsePassages("x", text);

        Assert.Equal(["Đoạn 1", "Đoạn 2", "Đoạn 3", "Đoạn 4"], passages.Select(p => p.Section));
        Assert.Empty(passages[1].Headings);
        Assert.Equal(["Truyền thông là nhiệm vụ trọng tâm"], passages[2].Headings);
        Assert.Equal(["Truyền thông là nhiệm vụ trọng tâm"], passages[3].Headings);
        Assert.All(passages, p => Assert.Equal(PassageKind.Body, p.Kind));
    }

    [Fact]
    public void Parse_VeryLongParagraph_SplitsOnSentencesKeepingTheSection()
    {
        var sentence = "Sở Giáo dục và Đào tạo chủ trì triển khai kế hoạch truyền thông trên địa bàn tỉnh, phối hợp với các sở, ban, ngành. ";
        var text = "III. NHIỆM VỤ\n\n1. Nhiệm vụ chung\n\n" + string.Concat(Enumerable.Repeat(sentence, 20)).TrimEnd() + "\n";

        var passages = DocumentParser.ParsePassages("x", text);

        Assert.True(passages.Count > 1);
        Assert.All(passages, p => Assert.Equal("III.1", p.Section));
        Assert.All(passages, p => Assert.InRange(p.Text.Length, 1, DocumentParser.MaxPassageLength));
        Assert.All(passages, p => Assert.EndsWith("ngành.", p.Text, StringComparison.Ordinal));
        Assert.Equal(string.Concat(Enumerable.Repeat(sentence, 20)).Replace(" ", string.Empty, StringComparison.Ordinal),
            string.Concat(passages.Select(p => p.Text)).Replace(" ", string.Empty, StringComparison.Ordinal));
        Assert.Equal(Enumerable.Range(0, passages.Count), passages.Select(p => p.Ordinal));
    }

    [Fact]
    public void Parse_ItemThatReadsAsASentence_IsAPassageAndAHeading()
    {
        const string text = "1- Đẩy mạnh truyền thông về giáo dục.\n\nTrong đó, Bộ Giáo dục xây dựng tài liệu.\n";

        var passages = DocumentParser.ParsePassages("x", text);

        Assert.Equal(["Đẩy mạnh truyền thông về giáo dục.", "Trong đó, Bộ Giáo dục xây dựng tài liệu."], passages.Select(p => p.Text));
        Assert.Empty(passages[0].Headings);
        Assert.Equal(["1- Đẩy mạnh truyền thông về giáo dục."], passages[1].Headings);
    }

    [Fact]
    public void Parse_Articles_AreSectionsOfTheirOwn()
    {
        const string text = "QUYẾT ĐỊNH:\n\nĐiều 1. Ban hành kèm theo Quyết định này Kế hoạch.\n\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.\n";

        var passages = DocumentParser.ParsePassages("x", text);

        Assert.Equal(["Mở đầu", "Điều 1", "Điều 2"], passages.Select(p => p.Section));
        Assert.Equal("Quyết định này có hiệu lực kể từ ngày ký.", passages[2].Text);
    }

    [Fact]
    public void Parse_EmptyText_HasNoPassages()
    {
        Assert.Empty(DocumentParser.ParsePassages("x", "\n \n\n"));
    }
}
