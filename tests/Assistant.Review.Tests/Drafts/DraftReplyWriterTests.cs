using Assistant.Core.Answers;
using Assistant.Core.Monitoring;
using Assistant.Review.Drafts;
using Assistant.Review.Tests.Support;
using Assistant.Review.Workflow;
using Microsoft.Extensions.Options;

namespace Assistant.Review.Tests.Drafts;

public sealed class DraftReplyWriterTests
{
    private static readonly DraftReplyWriter Writer = new(Options.Create(new ReviewOptions()));

    [Fact]
    public void Write_FalseVerdict_FactFirstThenVerdictThenFactAgainWithSource()
    {
        var item = TestItems.Create(1, ReviewVerdicts.False, "Quyết định 157 đã bị bãi bỏ, các trường không phải triển khai kế hoạch nữa. Chia sẻ ngay!");

        var lines = Writer.Write(item).ReplaceLineEndings("\n").Split('\n');

        Assert.Equal("Theo quyet-dinh-157-ttg, mục Điều 1: \"Ban hành kèm theo Quyết định này Kế hoạch …\" [1]", lines[0]);
        Assert.Equal("Kết luận: Sai sự thật. Thông tin cho rằng \"Quyết định 157 đã bị bãi bỏ, các trường không phải triển khai kế hoạch nữa\" là không đúng sự thật.", lines[1]);
        Assert.StartsWith("Nội dung chính thức là như trên; toàn văn xem tại quyet-dinh-157-ttg, mục Điều 1.", lines[2], StringComparison.Ordinal);
        Assert.Equal("Nguồn: [1] quyet-dinh-157-ttg, mục Điều 1 (quyet-dinh-157-ttg)", lines[3]);
    }

    [Fact]
    public void Write_ReasonQuotesOnePassage_OnlyThatPassageIsQuoted()
    {
        var item = TestItems.Create(1, ReviewVerdicts.False, "Cần Thơ chỉ yêu cầu 50% cán bộ được tiếp cận thông tin") with
        {
            Reasons = ["Bài viết nói 50%; Kế hoạch của UBND thành phố Cần Thơ, mục II.2.a nói 90%"],
            Passages =
            [
                new OfficialPassage("can-tho-ke-hoach", "II.2.a", "Ít nhất 90% cán bộ quản lý giáo dục và nhà giáo được tiếp cận thường xuyên thông tin"),
                new OfficialPassage("can-tho-ke-hoach", "II.2.b", "Hằng năm, xây dựng tối thiểu 20 - 30 sản phẩm truyền thông số"),
            ],
        };

        var draft = Writer.Write(item);

        Assert.StartsWith("Theo can-tho-ke-hoach, mục II.2.a: \"Ít nhất 90%", draft, StringComparison.Ordinal);
        Assert.DoesNotContain("20 - 30 sản phẩm", draft, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_NoVerdictYet_SaysSoInsteadOfGuessing()
    {
        var draft = Writer.Write(TestItems.Create(1, null, "Quyết định 157 đã bị bãi bỏ"));

        Assert.Contains("Chưa có kết luận về thông tin \"Quyết định 157 đã bị bãi bỏ\"", draft, StringComparison.Ordinal);
        Assert.DoesNotContain("không đúng sự thật", draft, StringComparison.Ordinal);
    }

    [Fact]
    public void Write_NoPassagesAndNoIndex_AsksForCitationsInsteadOfInventing()
    {
        var item = TestItems.Create(1, ReviewVerdicts.Misleading, "Học phí tăng") with { Passages = [] };
        var draft = Writer.Write(item);
        Assert.Contains("dễ gây hiểu lầm", draft, StringComparison.Ordinal);
        Assert.Contains("Chưa tìm thấy đoạn văn bản chính thức", draft, StringComparison.Ordinal);
    }

    [Fact]
    public void ClaimReview_JudgedItem_IsSchemaOrgJsonLdWithRatingAndCitations()
    {
        var item = TestItems.Create(7, ReviewVerdicts.False, "Quyết định ban hành kế hoạch đã bị bãi bỏ") with { Draft = "Bản phản hồi" };

        var json = ClaimReviewDocument.Create(item, "Sở GD&ĐT Cần Thơ", Writer)!;

        Assert.Equal("https://schema.org", (string?)json["@context"]);
        Assert.Equal("ClaimReview", (string?)json["@type"]);
        Assert.Equal("Quyết định ban hành kế hoạch đã bị bãi bỏ", (string?)json["claimReviewed"]);
        Assert.Equal(1, (int?)json["reviewRating"]!["ratingValue"]);
        Assert.Equal("Sai sự thật", (string?)json["reviewRating"]!["alternateName"]);
        Assert.Equal("Bản phản hồi", (string?)json["reviewBody"]);
        Assert.Equal("https://example.vn/7/0", (string?)json["itemReviewed"]!["appearance"]![0]!["url"]);
        Assert.Equal("quyet-dinh-157-ttg", (string?)json["citation"]![0]!["identifier"]);
    }

    [Fact]
    public void ClaimReview_UnrelatedOrUnjudged_IsNull()
    {
        Assert.Null(ClaimReviewDocument.Create(TestItems.Create(1, ReviewVerdicts.Unrelated, "x"), "S", Writer));
        Assert.Null(ClaimReviewDocument.Create(TestItems.Create(1, null, "x"), "S", Writer));
    }

    [Fact]
    public async Task WriteAsync_ModelAnswerThatPassedItsChecks_QuotesItWithNumberedSources()
    {
        var item = TestItems.Create(1, ReviewVerdicts.False, "Sở Tài chính không tham mưu kinh phí");
        var model = new FixedAnswerer(q => new Answer
        {
            Question = q,
            Text = "Sở Tài chính phối hợp tham mưu kinh phí thực hiện Kế hoạch [1].",
            Mode = AnswerMode.Llm,
            Citations = [new Citation("can-tho-ke-hoach", "V.2", "Kế hoạch truyền thông của Cần Thơ", "Phối hợp với Sở Giáo dục và Đào tạo …")],
        });
        var writer = new DraftReplyWriter(Options.Create(new ReviewOptions()), answerer: model);

        var draft = await writer.WriteAsync(item, TestContext.Current.CancellationToken);

        Assert.Equal(["Sở Tài chính không tham mưu kinh phí"], model.Questions);
        Assert.StartsWith("Theo văn bản chính thức: Sở Tài chính phối hợp tham mưu kinh phí thực hiện Kế hoạch [1].", draft, StringComparison.Ordinal);
        Assert.Contains("Thông tin cho rằng \"Sở Tài chính không tham mưu kinh phí\" là không đúng sự thật.", draft, StringComparison.Ordinal);
        Assert.EndsWith("Nguồn: [1] Kế hoạch truyền thông của Cần Thơ, mục V.2 (can-tho-ke-hoach)", draft, StringComparison.Ordinal);
    }

    [Fact]
    public async Task WriteAsync_ModelAnswerReplacedOrFailing_GivesTheExtractiveDraft()
    {
        var item = TestItems.Create(1, ReviewVerdicts.False, "Học phí tăng gấp ba");
        var replaced = new FixedAnswerer(q => new Answer { Question = q, Text = "Câu trả lời trích dẫn", Mode = AnswerMode.Extractive, FallbackReason = "ungrounded-number: 999" });
        var failing = new FixedAnswerer(_ => throw new HttpRequestException("mô hình không phản hồi"));

        var fromReplaced = await new DraftReplyWriter(Options.Create(new ReviewOptions()), answerer: replaced).WriteAsync(item, TestContext.Current.CancellationToken);
        var fromFailing = await new DraftReplyWriter(Options.Create(new ReviewOptions()), answerer: failing).WriteAsync(item, TestContext.Current.CancellationToken);

        Assert.Equal(Writer.Write(item), fromReplaced);
        Assert.Equal(Writer.Write(item), fromFailing);
        Assert.Single(failing.Questions);
    }
}
