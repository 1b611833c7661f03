using Assistant.Core.Answers;

namespace Assistant.Answering.Tests.Understanding;

/// <summary>Answers through the understanding stage, over the repository's corpus.</summary>
public sealed class UnderstoodAnswersTests
{
    private static Task<Answer> Ask(string question) => AnsweringServices.Answerer.AnswerAsync(question, TestContext.Current.CancellationToken);

    [Fact]
    public async Task Small_talk_gets_a_friendly_reply_not_the_out_of_scope_refusal()
    {
        var answer = await Ask("chào bạn");
        Assert.StartsWith("Chào bạn!", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Xin lỗi", answer.Text, StringComparison.Ordinal);
        Assert.Empty(answer.Citations);
        Assert.Equal(RefusalReasons.SmallTalk, answer.RefusalReason);
    }

    [Fact]
    public async Task A_near_miss_is_refused_saying_what_is_missing_with_what_the_documents_do_say()
    {
        var answer = await Ask("Mức tiền thưởng cụ thể cho cá nhân có thành tích truyền thông Nghị quyết 71 ở Cần Thơ là bao nhiêu tiền?");
        Assert.True(answer.Refused);
        Assert.Equal(RefusalReasons.NearMiss, answer.RefusalReason);
        Assert.Contains("không nêu số tiền cụ thể", answer.Text, StringComparison.Ordinal);
        Assert.NotEmpty(answer.Citations);
        Assert.Contains("[1]", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_signer_is_named_with_the_office_and_the_body()
    {
        var answer = await Ask("ke hoach o lang son ai ky vay");
        Assert.False(answer.Refused);
        Assert.StartsWith("Kế hoạch của UBND tỉnh Lạng Sơn do ông Trần Thanh Nhàn, Phó Chủ tịch UBND tỉnh Lạng Sơn, ký.", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("TM.", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_dateline_of_a_news_item_is_not_in_the_answer()
    {
        var answer = await Ask("con oi cho ba hoi cai quyet dinh 157 la ai ky vay");
        Assert.Contains("Lê Thành Long", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("2026-01-22", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Two_questions_are_both_answered_and_cited()
    {
        var answer = await Ask("Ở Cần Thơ cơ quan nào tham mưu kinh phí cho kế hoạch, và có được huy động tiền từ doanh nghiệp không?");
        Assert.False(answer.Refused);
        Assert.Contains("Sở Tài chính", answer.Text, StringComparison.Ordinal);
        Assert.Contains("doanh nghiệp", answer.Text, StringComparison.Ordinal);
        Assert.All(answer.Citations.Select((_, i) => $"[{i + 1}]"), marker => Assert.Contains(marker, answer.Text, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_former_province_is_named_as_part_of_the_new_one()
    {
        var answer = await Ask("Xã tôi ở Hậu Giang cũ, UBND xã phải gửi báo cáo về đâu?");
        Assert.StartsWith("Hậu Giang nay thuộc thành phố Cần Thơ.", answer.Text, StringComparison.Ordinal);
        Assert.All(answer.Citations, c => Assert.Equal("can-tho-ke-hoach", c.Doc));
    }

    [Fact]
    public async Task An_english_question_gets_an_english_sentence_before_the_vietnamese_quote()
    {
        var answer = await Ask("Who signed Decision 157/QĐ-TTg?");
        Assert.StartsWith("Here is what the official documents say", answer.Text, StringComparison.Ordinal);
        Assert.Contains("Lê Thành Long", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_english_question_out_of_reach_is_refused_in_both_languages()
    {
        var answer = await Ask("What are the best hiking trails near the mountains this weekend?");
        Assert.True(answer.Refused);
        Assert.Contains("Sorry", answer.Text, StringComparison.Ordinal);
        Assert.Contains("Xin lỗi", answer.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Kế hoạch của Lạng Sơn giao cơ quan nào làm cơ quan thường trực?", "Sở Giáo dục và Đào tạo")]
    [InlineData("Cần Thơ đặt mục tiêu bao nhiêu phần trăm cán bộ quản lý, nhà giáo được tiếp cận thông tin?", "%")]
    public async Task The_answer_holds_the_kind_of_fact_asked(string question, string expected)
    {
        var answer = await Ask(question);
        Assert.False(answer.Refused);
        Assert.Contains(expected, answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_count_is_not_answered_by_a_percentage()
    {
        var answer = await Ask("Lạng Sơn hiện có tổng cộng bao nhiêu cán bộ làm truyền thông trong ngành giáo dục?");
        Assert.True(answer.Refused);
        Assert.Contains("không nêu con số cụ thể", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_day_is_not_answered_by_the_date_of_another_document_referred_to()
    {
        var answer = await Ask("Kế hoạch của Lạng Sơn được ban hành ngày nào?");
        Assert.True(answer.Refused);
        Assert.Contains("không nêu thời gian", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_date_of_a_document_the_question_names_answers_it()
    {
        var answer = await Ask("Quyết định 157 được ký ngày nào?");
        Assert.False(answer.Refused);
        Assert.Contains("20/01/2026", answer.Text.Replace("20 tháng 01 năm 2026", "20/01/2026", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Duties_of_an_agency_the_plan_does_not_name_are_a_near_miss()
    {
        var answer = await Ask("Theo kế hoạch của Lạng Sơn, Sở Ngoại vụ có nhiệm vụ gì?");
        Assert.True(answer.Refused);
        Assert.Contains("Sở Ngoại vụ", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_comparison_with_a_province_without_a_plan_is_refused_for_that_province()
    {
        var answer = await Ask("Đà Nẵng có giao Sở Giáo dục và Đào tạo làm cơ quan thường trực như Lạng Sơn không?");
        Assert.True(answer.Refused);
        Assert.Equal(RefusalReasons.NoPlan, answer.RefusalReason);
        Assert.Contains("chưa có kế hoạch của thành phố Đà Nẵng", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_list_that_announces_its_length_is_given_whole()
    {
        var answer = await Ask("QĐ 157 có những nhiệm vụ, giải pháp trọng tâm nào?");
        Assert.Contains("4 nhiệm vụ", answer.Text, StringComparison.Ordinal);
        Assert.Contains("Mục 4:", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_count_question_is_answered_by_the_sentence_that_gives_the_count()
    {
        var answer = await Ask("qđ 157 có mấy nv trọng tâm z");
        Assert.False(answer.Refused);
        Assert.Contains("4 nhiệm vụ", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_signer_of_a_document_named_by_number_is_not_taken_from_a_plan_that_implements_it()
    {
        var answer = await Ask("Ai là người ký Quyết định 157 vậy?");
        Assert.Contains("Lê Thành Long", answer.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(answer.Citations, c => c.Section == "Chữ ký" && c.Doc != "quyet-dinh-157-ttg");
    }

    [Theory]
    [InlineData("Cần Thơ đặt mục tiêu bao nhiêu phần trăm cán bộ quản lý, nhà giáo được tiếp cận thông tin?", "Con số văn bản nêu: ít nhất 90% (giai đoạn 2026 - 2030).")]
    [InlineData("Mỗi năm Cần Thơ phải làm bao nhiêu sản phẩm truyền thông số?", "Con số văn bản nêu: tối thiểu 20 - 30 sản phẩm truyền thông")]
    [InlineData("Quyết định 157 ký ngày nào?", "Thời gian văn bản nêu: 20/01/2026.")]
    [InlineData("Ở Cần Thơ, cơ quan nào chủ trì xử lý thông tin sai lệch về giáo dục?", "Cơ quan được nêu: Sở Văn hóa, Thể thao và Du lịch.")]
    [InlineData("Kế hoạch Lạng Sơn giao cơ quan nào làm cơ quan thường trực?", "Cơ quan được nêu: Sở Giáo dục và Đào tạo.")]
    public async Task The_first_sentence_answers_in_the_questions_own_terms(string question, string first)
    {
        var answer = await Ask(question);
        Assert.False(answer.Refused);
        Assert.StartsWith(first, answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_question_about_a_province_is_answered_from_its_plan_only()
    {
        var answer = await Ask("Em là giáo viên ở Cần Thơ, cho em hỏi thành phố giao sở nào phụ trách đào tạo kỹ năng truyền thông cho giáo viên ạ?");
        Assert.False(answer.Refused);
        Assert.All(answer.Citations, c => Assert.Equal("can-tho-ke-hoach", c.Doc));
    }

    [Theory]
    [InlineData("Chào ad, tôi là phụ huynh có con học lớp 5. {0} Cảm ơn ad nhiều.")]
    [InlineData("Em chào anh chị ạ. Em là giáo viên mới ra trường, dạo này trường hay họp. {0}")]
    [InlineData("Tôi làm ở phòng giáo dục đã lâu. Nhờ bạn giải đáp: {0} Xin cảm ơn!")]
    [InlineData("{0} mong sớm nhận được trả lời ạ")]
    public async Task Greetings_and_personal_context_around_a_question_do_not_change_its_answer(string wrapper)
    {
        foreach (var question in new[] { "Sở Tài chính Quảng Ngãi có nhiệm vụ gì?", "Ai ký kế hoạch của Cần Thơ?", "Hải Phòng đặt mục tiêu bao nhiêu phần trăm cơ quan báo chí làm chuyên mục về Nghị quyết 71?" })
        {
            var plain = await Ask(question);
            var wrapped = await Ask(string.Format(System.Globalization.CultureInfo.InvariantCulture, wrapper, question));
            Assert.Equal(plain.Refused, wrapped.Refused);
            Assert.Equal(plain.Citations.Select(c => (c.Doc, c.Section)), wrapped.Citations.Select(c => (c.Doc, c.Section)));
        }
    }

    [Theory]
    [InlineData("NQ71 về cái gì?")]
    [InlineData("nghi quyet 71 la gi vay ad")]
    public async Task What_a_resolution_is_about_is_answered_from_how_the_documents_name_it(string question)
    {
        var answer = await Ask(question);
        Assert.False(answer.Refused);
        Assert.StartsWith("Nghị quyết số 71-NQ/TW ngày 22/8/2025 của Bộ Chính trị về đột phá phát triển giáo dục và đào tạo. [1]", answer.Text, StringComparison.Ordinal);
        Assert.Single(answer.Citations);
    }

    [Fact]
    public async Task A_word_that_merely_appears_does_not_make_an_answer()
    {
        var answer = await Ask("Đài Truyền hình Việt Nam phải làm gì?");
        Assert.True(answer.Refused);
        Assert.DoesNotContain("Cơ quan được nêu", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_second_question_about_another_province_does_not_lend_its_plan_to_the_first()
    {
        var answer = await Ask("Đà Nẵng đã có kế hoạch truyền thông Nghị quyết 71 chưa, mục tiêu có giống của Lạng Sơn không?");
        Assert.True(answer.Refused);
        Assert.Contains("Đà Nẵng", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Who_issued_a_resolution_is_answered_from_how_the_documents_name_it() =>
        Assert.Contains("của Bộ Chính trị", (await Ask("Nghị quyết 71 do cơ quan nào ban hành?")).Text, StringComparison.Ordinal);

    [Fact]
    public async Task A_guessed_issuer_is_answered_with_the_real_one() =>
        Assert.Contains("của Bộ Chính trị", (await Ask("Nghị quyết 71 do cơ quan nào ban hành vậy, của Quốc hội hả")).Text, StringComparison.Ordinal);

    [Fact]
    public async Task A_rumoured_signer_is_answered_with_who_signed_even_without_a_signature_block()
    {
        var answer = await Ask("Trên nhóm Zalo có người nói QĐ 157 là do Bộ trưởng Bộ GD&ĐT ký. Thật không vậy?");
        Assert.False(answer.Refused);
        Assert.Contains("Phó Thủ tướng Lê Thành Long", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task When_a_named_document_takes_effect_is_not_answered_by_another_documents_own_clause()
    {
        var answer = await Ask("Quyết định 157 có hiệu lực thi hành từ ngày nào?");
        Assert.True(answer.Refused);
        Assert.Equal(RefusalReasons.NearMiss, answer.RefusalReason);
        Assert.DoesNotContain("Quyết định này có hiệu lực", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_documents_own_clause_answers_when_it_takes_effect()
    {
        var answer = await Ask("Quyết định của Hải Phòng có hiệu lực từ khi nào?");
        Assert.False(answer.Refused);
        Assert.Contains("kể từ ngày ký", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task From_the_day_it_is_signed_does_not_answer_which_day_it_was_signed()
    {
        var answer = await Ask("Quyết định ban hành kế hoạch của Hải Phòng được ký đúng ngày nào vậy, ngày mấy?");
        Assert.True(answer.Refused);
        Assert.DoesNotContain("Thời gian văn bản nêu: kể từ ngày ký", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_english_question_with_words_the_glossary_cannot_translate_is_not_answered_from_the_rest()
    {
        var answer = await Ask("What are the admission requirements for Can Tho University this year?");
        Assert.True(answer.Refused);
        Assert.StartsWith("Sorry", answer.Text, StringComparison.Ordinal);
        Assert.Contains("Xin lỗi", answer.Text, StringComparison.Ordinal);
        Assert.Empty(answer.Citations);
    }

    [Fact]
    public async Task The_date_of_a_document_pointed_at_is_answered_from_its_reference()
    {
        var answer = await Ask("Kế hoạch của Lạng Sơn làm theo quyết định nào của Thủ tướng, quyết định đó ký ngày nào?");
        Assert.False(answer.Refused);
        Assert.Contains("Thời gian văn bản nêu: 20/01/2026", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_deadline_is_not_answered_by_the_date_of_a_document_it_mentions()
    {
        var answer = await Ask("Hạn chót để các tỉnh nộp kế hoạch truyền thông Nghị quyết 71 lên Bộ Giáo dục là ngày nào vậy?");
        Assert.True(answer.Refused);
        Assert.DoesNotContain("22 tháng 8 năm 2025", answer.Text.Split('\n')[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_decision_named_beside_another_documents_number_is_answered_from_its_own_clause()
    {
        var answer = await Ask("cái quyết định của Hải Phòng về truyền thông nghị quyết 71 bao giờ thì bắt đầu áp dụng vậy?");
        Assert.False(answer.Refused);
        Assert.Contains("có hiệu lực kể từ ngày ký", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_count_of_a_generic_noun_is_answered_by_the_count_the_documents_give()
    {
        var answer = await Ask("Kế hoạch truyền thông của Thủ tướng chia ra mấy nhóm việc chính phải làm vậy?");
        Assert.False(answer.Refused);
        Assert.StartsWith("Con số văn bản nêu: 4 nhiệm vụ", answer.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_part_the_documents_do_not_cover_follows_the_answered_part()
    {
        var answer = await Ask("Ở Cần Thơ cơ quan nào tham mưu kinh phí cho kế hoạch, và học phí năm nay có tăng không?");
        Assert.False(answer.Refused);
        Assert.StartsWith("Cơ quan được nêu: Sở Tài chính.", answer.Text, StringComparison.Ordinal);
        Assert.Contains("Về ý còn lại trong câu hỏi của bạn: xin lỗi", answer.Text, StringComparison.Ordinal);
        Assert.NotEmpty(answer.Citations);
    }

    [Fact]
    public async Task A_refused_part_asking_for_a_date_keeps_the_whole_a_refusal()
    {
        var answer = await Ask("Ở Cần Thơ cơ quan nào tham mưu kinh phí cho kế hoạch, và kỳ thi tốt nghiệp năm nay diễn ra ngày nào?");
        Assert.True(answer.Refused);
        Assert.StartsWith("Xin lỗi", answer.Text, StringComparison.Ordinal);
        Assert.Contains("Sở Tài chính", answer.Text, StringComparison.Ordinal);
    }
}
