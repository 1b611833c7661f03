using Assistant.Answering.Llm.Conversations;
using Assistant.Answering.Tests.Llm.Fakes;
using Assistant.Core.Answers;
using Assistant.Core.Conversations;
using Microsoft.Extensions.Logging;

namespace Assistant.Answering.Tests.Llm.Conversations;

public sealed class LlmQuestionRewriterTests : IAsyncLifetime
{
    private static readonly ConversationTurn Earlier = new(
        "Ai ký kế hoạch truyền thông của Cần Thơ?",
        new Answer { Question = "Ai ký kế hoạch truyền thông của Cần Thơ?", Text = "Kế hoạch do ông Nguyễn Văn Khởi ký [1]." });

    private FakeChatServer server = null!;

    public async ValueTask InitializeAsync() => server = await FakeChatServer.StartAsync();

    public async ValueTask DisposeAsync() => await server.DisposeAsync();

    [Fact]
    public async Task RewriteAsync_NoHistory_QuestionUnchangedWithoutAskingTheModel()
    {
        var rewritten = await Rewriter().RewriteAsync("Ai ký Quyết định 157?", [], TestContext.Current.CancellationToken);

        Assert.Equal("Ai ký Quyết định 157?", rewritten);
        Assert.Equal(0, server.RequestCount);
    }

    [Fact]
    public async Task RewriteAsync_FollowUp_ModelsStandaloneQuestionFromThePromptWithTheConversation()
    {
        server.Enqueue(FakeReply.Text("\"Ai ký kế hoạch truyền thông của Hải Phòng?\"\n"));

        var rewritten = await Rewriter().RewriteAsync("còn Hải Phòng thì sao?", [Earlier], TestContext.Current.CancellationToken);

        Assert.Equal("Ai ký kế hoạch truyền thông của Hải Phòng?", rewritten);
        var prompt = Assert.Single(server.Messages).User;
        Assert.Contains("Người dân: Ai ký kế hoạch truyền thông của Cần Thơ?", prompt, StringComparison.Ordinal);
        Assert.Contains("Trợ lý: Kế hoạch do ông Nguyễn Văn Khởi ký [1].", prompt, StringComparison.Ordinal);
        Assert.Contains("<<<\ncòn Hải Phòng thì sao?\n>>>", prompt, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RewriteAsync_ModelFails_FallbackRewriterDecides()
    {
        server.Default = FakeReply.Status(503);

        var rewritten = await Rewriter(new FixedRewriter()).RewriteAsync("còn Hải Phòng thì sao?", [Earlier], TestContext.Current.CancellationToken);

        Assert.Equal("(quy tắc) còn Hải Phòng thì sao?", rewritten);
    }

    [Fact]
    public async Task RewriteAsync_ModelFailsWithoutFallback_QuestionAsAsked()
    {
        server.Default = FakeReply.Text("   ");

        var rewritten = await Rewriter().RewriteAsync("còn Hải Phòng thì sao?", [Earlier], TestContext.Current.CancellationToken);

        Assert.Equal("còn Hải Phòng thì sao?", rewritten);
        Assert.Equal(1, server.RequestCount);
    }

    private LlmQuestionRewriter Rewriter(IQuestionRewriter? fallback = null)
    {
        var options = TestLlm.Options(server.Endpoint, o => o.MaxRetries = 0);
        return new LlmQuestionRewriter(
            TestLlm.Client(options),
            TestLlm.Prompts,
            Microsoft.Extensions.Options.Options.Create(options),
            TestOutputLoggerProvider.Factory().CreateLogger<LlmQuestionRewriter>(),
            fallback);
    }
}
