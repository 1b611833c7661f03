using System.Text.RegularExpressions;
using Assistant.Answering.Extractive;
using Assistant.Answering.Understanding;
using Microsoft.Extensions.DependencyInjection;

namespace Assistant.Answering.Tests.Understanding;

/// <summary>The question-understanding stage over the repository's lexicon and corpus.</summary>
public sealed class QuestionUnderstandingTests
{
    private static readonly Lazy<ServiceProvider> Services = new(() => AnsweringServices.Build([]));

    private static UnderstoodQuestion Understand(string message) =>
        Services.Value.GetRequiredService<QuestionUnderstanding>().Understand(message);

    [Theory]
    [InlineData("qđ 157 có mấy nv trọng tâm z", "quyết định 157 có mấy nhiệm vụ trọng tâm")]
    [InlineData("ở hp ai lo vụ này dc ko", "Hải Phòng")]
    [InlineData("trc 2030 thì bn % cán bộ phải dc đào tạo", "trước 2030 thì bao nhiêu % cán bộ phải được đào tạo")]
    [InlineData("ủa qđ 157 có ưu tiên sv ko hay chỉ lm cho ng lớn thui", "quyết định 157 có ưu tiên sinh viên không hay chỉ làm cho người lớn")]
    [InlineData("tiền có đc đưa vô dự toán ko", "có được đưa vào dự toán không")]
    public void Chat_abbreviations_are_written_out(string message, string expected) =>
        Assert.Contains(expected, Understand(message).Standalone, StringComparison.Ordinal);

    [Fact]
    public void Kh_means_ke_hoach_inside_a_question_and_khong_at_its_end()
    {
        Assert.Contains("kế hoạch của Cần Thơ", Understand("kh của Cần Thơ giao sở nào chủ trì").Standalone, StringComparison.Ordinal);
        Assert.EndsWith("không", Understand("Cần Thơ có khen thưởng kh").Standalone.TrimEnd('?'), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("kế hoạch truyeenf thoong của Lạng Sơn", "truyền thông")]
    [InlineData("nghị quyeets 71 do ai ký", "quyết")]
    [InlineData("mục tiêu về giáo dụcc của Cần Thơ", "giáo dục của")]
    [InlineData("chỉ tiu đào tạo cán bộ của Cần Thơ", "chỉ tiêu")]
    public void Telex_leftovers_and_typos_are_corrected_against_the_documents(string message, string expected) =>
        Assert.Contains(expected, Understand(message).Standalone, StringComparison.Ordinal);

    [Theory]
    [InlineData("tieenf làm truyền thông ở Lạng Sơn lấy từ đâu", "kinh phí")]
    [InlineData("Nghị quyết 71 do cơ quan nàoo ban hành", "cơ quan nào ban hành")]
    public void Telex_leftovers_and_doubled_letters_are_undone_when_they_make_a_syllable_no_document_uses(string message, string expected) =>
        Assert.Contains(expected, Understand(message).Standalone, StringComparison.Ordinal);

    [Fact]
    public void Abbreviations_inside_a_code_are_kept_as_written()
    {
        var standalone = Understand("Sở GD&ĐT có báo cáo Quyết định 157/QĐ-TTg không").Standalone;
        Assert.Contains("Sở GD&ĐT", standalone, StringComparison.Ordinal);
        Assert.Contains("157/QĐ-TTg", standalone, StringComparison.Ordinal);
    }

    [Fact]
    public void A_term_already_written_is_not_replaced_word_by_word() =>
        Assert.Single(Regex.Matches(Understand("Lạng Sơn có khen thưởng trường làm tốt không").Standalone, "khen thưởng"));

    [Fact]
    public void A_word_no_document_uses_is_left_alone_when_nothing_shows_what_was_meant() =>
        Assert.Contains("đội tuyển", Understand("đội tuyển bóng đá đá lúc mấy giờ").Standalone, StringComparison.Ordinal);

    [Theory]
    [InlineData("Kế hoạch Cần Thơ có nói cách xử lý tin giả không?", "thông tin sai lệch")]
    [InlineData("Hải Phòng có dùng AI không?", "trí tuệ nhân tạo")]
    [InlineData("báo đài ở Lạng Sơn làm gì", "cơ quan báo chí")]
    [InlineData("Việt kiều được tuyên truyền thế nào", "người Việt Nam ở nước ngoài")]
    public void Everyday_words_become_the_documents_terms(string message, string term) =>
        Assert.Contains(term, Understand(message).Standalone, StringComparison.Ordinal);

    [Fact]
    public void Who_as_ai_is_not_read_as_artificial_intelligence() =>
        Assert.DoesNotContain("trí tuệ nhân tạo", Understand("ai ký kế hoạch của Lạng Sơn").Standalone, StringComparison.Ordinal);

    [Fact]
    public void Greetings_politeness_and_personal_context_are_left_out_but_the_province_is_kept()
    {
        var understood = Understand("Chào ad. Em là giáo viên mới ra trường ở Hải Phòng. Cho em hỏi sở nào phụ trách đào tạo kỹ năng truyền thông ạ?");
        Assert.DoesNotContain("giáo viên mới", understood.Standalone, StringComparison.Ordinal);
        Assert.DoesNotContain("chào", understood.Standalone, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("cho em hỏi", understood.Standalone, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("Hải Phòng", understood.Standalone, StringComparison.Ordinal);
        Assert.Equal("hai-phong", Assert.Single(understood.Provinces).Province.Slug);
        Assert.Null(understood.SmallTalk);
    }

    [Fact]
    public void A_rumour_keeps_its_claim_without_the_hearsay_opener()
    {
        var understood = Understand("Trên nhóm Zalo phụ huynh có người nói QĐ 157 là do Bộ trưởng ký. Thật không vậy?");
        Assert.StartsWith("quyết định 157 là do Bộ trưởng ký", understood.Standalone, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("chào bạn", SmallTalkKind.Greeting)]
    [InlineData("ok cảm ơn nhé", SmallTalkKind.Thanks)]
    [InlineData("Xin chào! Bạn là ai vậy?", SmallTalkKind.AboutAssistant)]
    [InlineData("xin chào, chúc bạn một ngày tốt lành", SmallTalkKind.Greeting)]
    [InlineData("hihi", SmallTalkKind.Greeting)]
    [InlineData("bạn là người thật hay máy vậy", SmallTalkKind.AboutAssistant)]
    public void A_message_of_only_small_talk_is_recognised(string message, SmallTalkKind kind)
    {
        var understood = Understand(message);
        Assert.Equal(kind, understood.SmallTalk);
        Assert.Empty(understood.Parts);
    }

    [Fact]
    public void Two_questions_in_one_are_split_and_the_second_keeps_the_documents_named_in_the_first()
    {
        var understood = Understand("Quyết định 157 ký ngày nào và ai ký?");
        Assert.Equal(2, understood.Parts.Count);
        Assert.Contains("ngày nào", understood.Parts[0], StringComparison.Ordinal);
        Assert.Contains("ai ký", understood.Parts[1], StringComparison.Ordinal);
        Assert.Contains("Quyết định 157", understood.Parts[1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_phrase_of_the_documents_joined_by_va_is_not_split() =>
        Assert.Single(Understand("Sở Văn hóa, Thể thao và Du lịch Hải Phòng làm gì?").Parts);

    [Fact]
    public void A_comparison_of_two_provinces_is_asked_of_each()
    {
        var understood = Understand("Kế hoạch Cần Thơ và kế hoạch Lạng Sơn khác nhau thế nào về cơ quan chủ trì?");
        Assert.Equal(2, understood.Parts.Count);
        Assert.Contains("Cần Thơ", understood.Parts[0], StringComparison.Ordinal);
        Assert.DoesNotContain("Lạng Sơn", understood.Parts[0], StringComparison.Ordinal);
        Assert.Contains("Lạng Sơn", understood.Parts[1], StringComparison.Ordinal);
        Assert.DoesNotContain("khác nhau", understood.Parts[1], StringComparison.Ordinal);
    }

    [Fact]
    public void A_former_province_is_read_as_the_province_it_is_now_part_of()
    {
        var mention = Assert.Single(Understand("Xã tôi ở Sóc Trăng cũ, xã phải làm gì khi có tin đồn?").Provinces);
        Assert.Equal("can-tho", mention.Province.Slug);
        Assert.True(mention.ViaFormer);
    }

    [Fact]
    public void An_english_question_is_read_through_the_glossary()
    {
        var understood = Understand("Who signed Decision 157/QĐ-TTg?");
        Assert.True(understood.IsEnglish);
        Assert.False(understood.NotUnderstood);
        Assert.Contains("ký", understood.Standalone, StringComparison.Ordinal);
        Assert.Contains("quyết định", understood.Standalone, StringComparison.OrdinalIgnoreCase);
        Assert.True(QuestionTypeDetector.AsksWhoSigned(understood.Standalone));
    }

    [Fact]
    public void An_english_question_the_glossary_does_not_know_is_not_understood() =>
        Assert.True(Understand("What are the best hiking trails near the mountains this weekend?").NotUnderstood);

    [Fact]
    public void A_real_word_with_its_marks_is_never_corrected_into_a_document_word() =>
        Assert.Contains("phần trăm", Understand("bao nhiêu phần trăm cơ quan báo chí làm chuyên mục").Standalone, StringComparison.Ordinal);

    [Fact]
    public void A_capitalised_english_name_that_is_no_province_does_not_count_as_understood() =>
        Assert.True(Understand("What are the rules of Saigon Polytechnic University?").NotUnderstood);

    [Fact]
    public void A_comma_inside_a_list_of_the_documents_does_not_split_the_question() =>
        Assert.Single(Understand("QĐ 157 có những nhiệm vụ, giải pháp trọng tâm nào?").Parts);

    [Fact]
    public void A_message_typed_without_diacritics_stays_so_after_its_abbreviations_are_written_out()
    {
        var understood = Understand("ke hoach truyen thong nq71 cua lang son do ai ky");
        Assert.Contains("nghi quyet 71", understood.Standalone, StringComparison.OrdinalIgnoreCase);
        Assert.True(QuestionTypeDetector.AsksWhoSigned(understood.Standalone));
    }

    [Fact]
    public void Lao_dong_is_not_read_as_an_amount_of_money() =>
        Assert.Equal(AskedFact.Number, AskedFacts.Of(QuestionReading.Of("bao nhiêu % người lao động trong cơ sở giáo dục được quán triệt")));

    [Fact]
    public void What_someone_said_beside_a_real_question_is_background_not_a_question_of_its_own()
    {
        var understood = Understand("Nhóm Zalo lớp con tôi hay có tin thất thiệt về trường lớp. Xin hỏi thành phố Hải Phòng giao cơ quan nào xử lý thông tin sai lệch?");
        Assert.Single(understood.Parts);
        Assert.DoesNotContain("trường lớp", understood.Parts[0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_share_up_to_a_year_is_a_number_question_not_a_date_question() =>
        Assert.Equal(QuestionType.Number, Understand("đến năm 2030 bao nhiêu % cán bộ truyền thông được bồi dưỡng?").Type);

    [Fact]
    public void Comma_clauses_of_personal_context_before_the_clause_that_asks_are_left_out()
    {
        var understood = Understand("Nhà mình ở Cần Thơ, con đang học lớp 6, thành phố có tuyên truyền nghị quyết 71 trong trường học không?");
        Assert.DoesNotContain("lớp 6", understood.Standalone, StringComparison.Ordinal);
        Assert.StartsWith("thành phố có tuyên truyền", understood.Standalone, StringComparison.Ordinal);
        Assert.Contains(understood.Provinces, m => m.Province.Slug == "can-tho");
    }

    [Fact]
    public void A_context_clause_beside_what_someone_said_keeps_the_claim()
    {
        var understood = Understand("con mình học ở Cần Thơ, nghe nói trường nào cũng phải có người phát ngôn, kế hoạch có nói vậy không");
        Assert.StartsWith("trường nào cũng phải có người phát ngôn", understood.Standalone, StringComparison.Ordinal);
    }

    [Fact]
    public void A_second_question_after_va_is_split_even_where_the_documents_join_the_words_around_it()
    {
        var understood = Understand("Ở Cần Thơ cơ quan nào tham mưu kinh phí cho kế hoạch, và học phí năm nay có tăng không?");
        Assert.Equal(2, understood.Parts.Count);
        Assert.StartsWith("học phí năm nay", understood.Parts[1], StringComparison.Ordinal);
    }

    [Fact]
    public void An_english_question_is_read_by_stems_and_hyphenated_compounds()
    {
        var understood = Understand("Which ministries are tasked with inter-agency coordination on misleading posts?");
        Assert.True(understood.IsEnglish);
        Assert.False(understood.NotUnderstood);
        Assert.Contains("liên ngành", understood.Standalone, StringComparison.Ordinal);
        Assert.Contains("sai lệch", understood.Standalone, StringComparison.Ordinal);
    }

    [Fact]
    public void An_english_word_the_glossary_cannot_translate_is_not_searched_as_vietnamese()
    {
        var understood = Understand("Does Can Tho's plan say anything about box-ticking in schools?");
        Assert.DoesNotContain("bõ", understood.Standalone, StringComparison.Ordinal);
        Assert.DoesNotContain("ticking", understood.Standalone, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("khi nào kế hoạch của Lạng Sơn được ký?", QuestionType.Date)]
    [InlineData("kế hoạch của Lạng Sơn ai ký, ký khi nào?", QuestionType.Who)]
    [InlineData("ke hoach cua hai phong do chu tich ky hay pho chu tich ky vay", QuestionType.Who)]
    public void Signing_asked_with_when_is_a_date_question_unless_it_also_asks_who(string question, QuestionType expected) =>
        Assert.Equal(expected, QuestionTypeDetector.AsksWhoSigned(question) ? QuestionType.Who : QuestionTypeDetector.Detect(question));

    [Fact]
    public void Where_from_with_its_trailing_ra_asks_where_the_money_comes_from() =>
        Assert.EndsWith("kinh phí làm tuyên truyền ở Hải Phòng lấy từ đâu", Understand("tiền làm tuyên truyền ở Hải Phòng lấy từ đâu ra?").Standalone.TrimEnd('?'), StringComparison.Ordinal);
}
