using Assistant.Answering.Conversation;
using Assistant.Core.Answers;
using Assistant.Core.Configuration;
using Assistant.Core.Conversations;
using Microsoft.Extensions.DependencyInjection;

namespace Assistant.Answering.Tests.Conversation;

public sealed class RuleBasedQuestionRewriterTests
{
    private const string CanThoTitle = "Kế hoạch thực hiện Nghị quyết số 71-NQ/TW của thành phố Cần Thơ";
    private const string CanThoName = "Kế hoạch của UBND thành phố Cần Thơ";

    private static readonly Lazy<RuleBasedQuestionRewriter> Rewriter = new(() =>
        (RuleBasedQuestionRewriter)AnsweringServices.Build([]).GetRequiredService<IQuestionRewriter>());

    private readonly RuleBasedQuestionRewriter rewriter = Rewriter.Value;

    [Fact]
    public void Rewrite_FollowUpInChatWriting_IsReadAfterItsAbbreviationsAreWrittenOut()
    {
        var history = History("Ở Cần Thơ, cơ quan nào phát hiện thông tin sai lệch về giáo dục?");

        var rewritten = rewriter.Rewrite("còn hp thì sao z", history);

        Assert.Equal("Ở Hải Phòng, cơ quan nào phát hiện thông tin sai lệch về giáo dục?", rewritten);
    }

    [Fact]
    public void Rewrite_ProvinceFollowUpAfterCanTho_AsksSameOfHaiPhong()
    {
        var history = History("Ở Cần Thơ, cơ quan nào phát hiện thông tin sai lệch về giáo dục?");

        var rewritten = rewriter.Rewrite("còn Hải Phòng thì sao?", history);

        Assert.Equal("Ở Hải Phòng, cơ quan nào phát hiện thông tin sai lệch về giáo dục?", rewritten);
    }

    [Fact]
    public void Rewrite_ProvinceFollowUpWithoutDiacritics_UsesTheProvinceName()
    {
        var history = History("Ở Cần Thơ, cơ quan nào phát hiện thông tin sai lệch?");

        var rewritten = rewriter.Rewrite("con hai phong thi sao", history);

        Assert.Equal("Ở Hải Phòng, cơ quan nào phát hiện thông tin sai lệch?", rewritten);
    }

    [Fact]
    public void Rewrite_PreviousQuestionWithPlacePrefix_ReplacesPrefixByTheNewKind()
    {
        var history = History("Kế hoạch của thành phố Cần Thơ giao nhiệm vụ gì cho Sở GD&ĐT?");

        var rewritten = rewriter.Rewrite("Thế còn Lạng Sơn?", history);

        Assert.Equal("Kế hoạch của tỉnh Lạng Sơn giao nhiệm vụ gì cho Sở GD&ĐT?", rewritten);
    }

    [Fact]
    public void Rewrite_PreviousQuestionWithoutProvince_AppendsThePlace()
    {
        var history = History("Ai chịu trách nhiệm tuyên truyền Nghị quyết 71?");

        var rewritten = rewriter.Rewrite("ở Quảng Ngãi thì thế nào?", history);

        Assert.Equal("Ai chịu trách nhiệm tuyên truyền Nghị quyết 71 ở Quảng Ngãi?", rewritten);
    }

    [Fact]
    public void Rewrite_FullQuestionNamingAProvince_IsUnchanged()
    {
        var history = History("Ở Cần Thơ, cơ quan nào phát hiện thông tin sai lệch?");
        const string question = "Hải Phòng giao cho ai tổ chức hội nghị quán triệt?";

        Assert.Equal(question, rewriter.Rewrite(question, history));
    }

    [Fact]
    public void Rewrite_DocumentReference_UsesTheShortNameOfTheDocumentCitedLastNotItsTitle()
    {
        var history = History("Ở Cần Thơ, cơ quan nào phát hiện thông tin sai lệch?", CanThoTitle);

        var rewritten = rewriter.Rewrite("ai ký văn bản đó?", history);

        Assert.Equal("ai ký kế hoạch của UBND thành phố Cần Thơ?", rewritten);
        Assert.DoesNotContain("Nghị quyết", rewritten, StringComparison.Ordinal);
    }

    [Fact]
    public void Rewrite_DocumentReferenceWithoutAShortName_UsesTheTitle()
    {
        var history = new List<ConversationTurn> { new("Cần Thơ làm gì?", new Answer { Question = "Cần Thơ làm gì?", Text = "…", Citations = [new Citation("can-tho-ke-hoach", "I", CanThoTitle, "…")] }) };

        Assert.Equal($"Ai ký {char.ToLowerInvariant(CanThoTitle[0])}{CanThoTitle[1..]}?", rewriter.Rewrite("Ai ký kế hoạch đó?", history));
    }

    [Theory]
    [InlineData("Kế hoạch này có mấy mục tiêu?", CanThoName + " có mấy mục tiêu?")]
    [InlineData("van ban nay ban hanh ngay nao", "Ke hoach cua UBND thanh pho Can Tho ban hanh ngay nao")]
    [InlineData("ai ky van ban do", "ai ky ke hoach cua UBND thanh pho Can Tho")]
    public void Rewrite_DemonstrativeForms_AreResolved(string question, string expected)
    {
        var history = History("Cần Thơ làm gì để chống tin giả?", CanThoTitle);

        Assert.Equal(expected, rewriter.Rewrite(question, history));
    }

    [Theory]
    [InlineData("Văn bản do ai ký?")]
    [InlineData("van ban do ai ky")]
    public void Rewrite_DoMeaningBy_IsNotAReference(string question)
    {
        var history = History("Cần Thơ làm gì để chống tin giả?", CanThoTitle);

        Assert.Equal(question, rewriter.Rewrite(question, history));
    }

    [Fact]
    public void Rewrite_ReferenceAfterARefusal_UsesAnEarlierCitation()
    {
        var history = new List<ConversationTurn>
        {
            Turn("Cần Thơ làm gì để chống tin giả?", CanThoTitle),
            Turn("Giá vàng hôm nay?", title: null),
        };

        Assert.Equal("Ai ký kế hoạch của UBND thành phố Cần Thơ?", rewriter.Rewrite("Ai ký kế hoạch đó?", history));
    }

    [Fact]
    public void Rewrite_NoHistory_IsUnchanged()
    {
        Assert.Equal("còn Hải Phòng thì sao?", rewriter.Rewrite("còn Hải Phòng thì sao?", []));
    }

    [Fact]
    public void Rewrite_ReferenceWithNothingCited_IsUnchanged()
    {
        var history = History("Giá vàng hôm nay?");

        Assert.Equal("ai ký văn bản đó?", rewriter.Rewrite("ai ký văn bản đó?", history));
    }

    [Fact]
    public async Task RewriteAsync_ChainedFollowUps_KeepTheLatestStandaloneQuestion()
    {
        var history = History("Ở Hải Phòng, cơ quan nào phát hiện thông tin sai lệch?");

        var rewritten = await rewriter.RewriteAsync("còn Lạng Sơn thì sao?", history, TestContext.Current.CancellationToken);

        Assert.Equal("Ở Lạng Sơn, cơ quan nào phát hiện thông tin sai lệch?", rewritten);
    }

    private static List<ConversationTurn> History(string question, string? title = null) => [Turn(question, title)];

    private static ConversationTurn Turn(string question, string? title)
    {
        var citations = title is null ? Array.Empty<Citation>() : [new Citation("can-tho-ke-hoach", "III.4.a", title, "…") { ShortTitle = CanThoName }];
        return new ConversationTurn(question, new Answer { Question = question, Text = "…", Refused = title is null, Citations = citations });
    }
}
