using Assistant.Answering.Tests.Llm.Fakes;
using Assistant.Core.Answers;

namespace Assistant.Answering.Tests.Llm;

public sealed class LlmAnswererStreamingTests : IAsyncLifetime
{
    private const string Question = "Quyết định 157/QĐ-TTg do ai ký, ngày nào?";

    private FakeChatServer server = null!;

    public async ValueTask InitializeAsync() => server = await FakeChatServer.StartAsync();

    public async ValueTask DisposeAsync() => await server.DisposeAsync();

    [Fact]
    public async Task StreamAsync_GroundedAnswer_DeltasThenOneFinalModelAnswer()
    {
        string? written = null;
        server.Enqueue(FakeReply.Text(r => written = $"Phó Thủ tướng Lê Thành Long ký Quyết định số 157/QĐ-TTg [{r.NumberOf("Lê Thành Long")}]."));
        var answerer = TestLlm.Answerer(TestLlm.Options(server.Endpoint));

        var updates = await answerer.StreamAsync(Question, TestContext.Current.CancellationToken).ToListAsync(TestContext.Current.CancellationToken);

        var deltas = updates.OfType<AnswerTextDelta>().ToList();
        Assert.True(deltas.Count > 1);
        Assert.Equal(written, string.Concat(deltas.Select(d => d.Text)));
        var final = Assert.IsType<AnswerFinal>(updates[^1]).Answer;
        Assert.Single(updates.OfType<AnswerFinal>());
        Assert.Equal(AnswerMode.Llm, final.Mode);
        Assert.Equal("Phó Thủ tướng Lê Thành Long ký Quyết định số 157/QĐ-TTg [1].", final.Text);
        Assert.Single(final.Citations);
    }

    [Fact]
    public async Task StreamAsync_StreamedAnswerFailsItsCheck_LastFinalIsTheExtractiveReplacement()
    {
        server.Enqueue(FakeReply.Text("Theo kế hoạch, 50% học sinh được miễn học phí [1]."));
        var answerer = TestLlm.Answerer(TestLlm.Options(server.Endpoint));

        var updates = await answerer.StreamAsync(Question, TestContext.Current.CancellationToken).ToListAsync(TestContext.Current.CancellationToken);

        Assert.Equal("Theo kế hoạch, 50% học sinh được miễn học phí [1].", string.Concat(updates.OfType<AnswerTextDelta>().Select(d => d.Text)));
        var final = Assert.IsType<AnswerFinal>(updates[^1]).Answer;
        Assert.Equal(AnswerMode.Extractive, final.Mode);
        Assert.Equal("ungrounded-number: 50%", final.FallbackReason);
        Assert.DoesNotContain("50%", final.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StreamAsync_ServerError_NoDeltasAndTheExtractiveFinal()
    {
        server.Default = FakeReply.Status(503);
        var answerer = TestLlm.Answerer(TestLlm.Options(server.Endpoint, o => o.MaxRetries = 1));

        var updates = await answerer.StreamAsync(Question, TestContext.Current.CancellationToken).ToListAsync(TestContext.Current.CancellationToken);

        var final = Assert.IsType<AnswerFinal>(Assert.Single(updates)).Answer;
        Assert.Equal("http-503", final.FallbackReason);
        Assert.Equal(2, server.RequestCount);
    }

    [Fact]
    public async Task StreamAsync_ModelStopsMidAnswer_ExtractiveReplacesThePartialTextAtTheBudget()
    {
        server.Default = FakeReply.StreamThenHang("Phó Thủ tướng Lê Thành Long");
        var answerer = TestLlm.Answerer(TestLlm.Options(server.Endpoint, o => (o.TimeoutSeconds, o.BudgetSeconds) = (3, 3)));

        var updates = await answerer.StreamAsync(Question, TestContext.Current.CancellationToken).ToListAsync(TestContext.Current.CancellationToken);

        Assert.Equal(["Phó Thủ tướng Lê Thành Long"], updates.OfType<AnswerTextDelta>().Select(d => d.Text));
        var final = Assert.IsType<AnswerFinal>(updates[^1]).Answer;
        Assert.Equal(AnswerMode.Extractive, final.Mode);
        Assert.Equal("timeout", final.FallbackReason);
    }

    [Fact]
    public async Task StreamAsync_RefusalStands_OnlyTheFinalRefusal()
    {
        var answerer = TestLlm.Answerer(TestLlm.Options(server.Endpoint));

        var updates = await answerer.StreamAsync("Kế hoạch của Hà Nội về truyền thông Nghị quyết 71 thế nào?", TestContext.Current.CancellationToken)
            .ToListAsync(TestContext.Current.CancellationToken);

        Assert.True(Assert.IsType<AnswerFinal>(Assert.Single(updates)).Answer.Refused);
        Assert.Equal(0, server.RequestCount);
    }
}
