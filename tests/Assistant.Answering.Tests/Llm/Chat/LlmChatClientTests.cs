using Assistant.Answering.Llm.Resilience;
using Assistant.Answering.Tests.Llm.Fakes;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;

namespace Assistant.Answering.Tests.Llm.Chat;

public sealed class LlmChatClientTests : IAsyncLifetime
{
    private static readonly PromptExecutionSettings Settings = new();
    private FakeChatServer server = null!;

    public async ValueTask InitializeAsync() => server = await FakeChatServer.StartAsync();

    public async ValueTask DisposeAsync() => await server.DisposeAsync();

    [Fact]
    public async Task CompleteAsync_GoodReply_ReturnsTextAndSendsTheModelAndMessages()
    {
        server.Enqueue(FakeReply.Text("Xin chào [1]."));
        var client = TestLlm.Client(TestLlm.Options(server.Endpoint));

        var text = await client.CompleteAsync(History(), Settings, TestContext.Current.CancellationToken);

        Assert.Equal("Xin chào [1].", text);
        var request = Assert.Single(server.Requests).RootElement;
        Assert.Equal("test-model", request.GetProperty("model").GetString());
        Assert.Equal("system", request.GetProperty("messages")[0].GetProperty("role").GetString());
        Assert.Equal("câu hỏi", request.GetProperty("messages")[1].GetProperty("content").GetString());
    }

    [Fact]
    public async Task CompleteAsync_ServerErrorWithoutRetries_OneRequestAndHttp500()
    {
        var client = TestLlm.Client(TestLlm.Options(server.Endpoint, o => o.MaxRetries = 0));

        var error = await Assert.ThrowsAsync<LlmCallException>(() => client.CompleteAsync(History(), Settings, TestContext.Current.CancellationToken));

        Assert.Equal("http-500", error.Reason);
        Assert.Equal(1, server.RequestCount);
    }

    [Fact]
    public async Task CompleteAsync_MalformedBody_MalformedResponseWithoutRetry()
    {
        server.Default = FakeReply.Malformed();
        var client = TestLlm.Client(TestLlm.Options(server.Endpoint));

        var error = await Assert.ThrowsAsync<LlmCallException>(() => client.CompleteAsync(History(), Settings, TestContext.Current.CancellationToken));

        Assert.Equal("malformed-response", error.Reason);
        Assert.Equal(1, server.RequestCount);
    }

    [Fact]
    public async Task CompleteAsync_ServerHangs_TimeoutAndTheRequestIsAbandoned()
    {
        server.Default = FakeReply.Hang();
        var client = TestLlm.Client(TestLlm.Options(server.Endpoint, o => (o.MaxRetries, o.TimeoutSeconds, o.BudgetSeconds) = (0, 0.5, 2)));

        var error = await Assert.ThrowsAsync<LlmCallException>(() => client.CompleteAsync(History(), Settings, TestContext.Current.CancellationToken));

        Assert.Equal("timeout", error.Reason);
        Assert.Equal(1, server.RequestCount);
    }

    [Fact]
    public async Task CompleteAsync_TooManyRequestsThenSuccess_RetriesAfterTheAskedWait()
    {
        server.Enqueue(FakeReply.Status(429, retryAfter: "1"), FakeReply.Text("Được [1]."));
        var client = TestLlm.Client(TestLlm.Options(server.Endpoint));

        var text = await client.CompleteAsync(History(), Settings, TestContext.Current.CancellationToken);

        Assert.Equal("Được [1].", text);
        Assert.Equal(2, server.RequestCount);
    }

    [Fact]
    public async Task CompleteAsync_RetryAfterBeyondTheBudget_GivesUpAtOnceWithHttp429()
    {
        server.Default = FakeReply.Status(429, retryAfter: "30");
        var client = TestLlm.Client(TestLlm.Options(server.Endpoint));

        var error = await Assert.ThrowsAsync<LlmCallException>(() => client.CompleteAsync(History(), Settings, TestContext.Current.CancellationToken));

        Assert.Equal("http-429", error.Reason);
        Assert.Equal(1, server.RequestCount);
    }

    [Fact]
    public async Task CompleteAsync_RetryAfterMilliseconds_Honoured()
    {
        server.Enqueue(FakeReply.Status(429, retryAfterMs: "50"), FakeReply.Text("Được [1]."));
        var client = TestLlm.Client(TestLlm.Options(server.Endpoint));

        Assert.Equal("Được [1].", await client.CompleteAsync(History(), Settings, TestContext.Current.CancellationToken));
        Assert.Equal(2, server.RequestCount);
    }

    [Fact]
    public async Task CompleteAsync_RetryAfterAsADateBeyondTheBudget_GivesUpAtOnce()
    {
        server.Default = FakeReply.Status(503, retryAfter: DateTimeOffset.UtcNow.AddMinutes(5).ToString("r", System.Globalization.CultureInfo.InvariantCulture));
        var client = TestLlm.Client(TestLlm.Options(server.Endpoint));

        var error = await Assert.ThrowsAsync<LlmCallException>(() => client.CompleteAsync(History(), Settings, TestContext.Current.CancellationToken));

        Assert.Equal("http-503", error.Reason);
        Assert.Equal(1, server.RequestCount);
    }

    [Fact]
    public async Task CompleteAsync_NothingListening_ConnectionFailed()
    {
        var client = TestLlm.Client(TestLlm.Options("http://127.0.0.1:1/v1", o => o.MaxRetries = 0));

        var error = await Assert.ThrowsAsync<LlmCallException>(() => client.CompleteAsync(History(), Settings, TestContext.Current.CancellationToken));

        Assert.Equal("connection-failed", error.Reason);
    }

    [Fact]
    public async Task CompleteAsync_ClientError_NotRetried()
    {
        server.Default = FakeReply.Status(400);
        var client = TestLlm.Client(TestLlm.Options(server.Endpoint, o => o.MaxRetries = 2));

        var error = await Assert.ThrowsAsync<LlmCallException>(() => client.CompleteAsync(History(), Settings, TestContext.Current.CancellationToken));

        Assert.Equal("http-400", error.Reason);
        Assert.Equal(1, server.RequestCount);
    }

    [Fact]
    public async Task CompleteAsync_ServerErrors_RetriedThenHttp500()
    {
        var client = TestLlm.Client(TestLlm.Options(server.Endpoint, o => o.MaxRetries = 2));

        var error = await Assert.ThrowsAsync<LlmCallException>(() => client.CompleteAsync(History(), Settings, TestContext.Current.CancellationToken));

        Assert.Equal("http-500", error.Reason);
        Assert.Equal(3, server.RequestCount);
    }

    [Fact]
    public async Task StreamAsync_GoodReply_PiecesMakeTheText()
    {
        server.Enqueue(FakeReply.Text("Phó Thủ tướng Lê Thành Long ký [1]."));
        var client = TestLlm.Client(TestLlm.Options(server.Endpoint));

        var pieces = await client.StreamAsync(History(), Settings, TestContext.Current.CancellationToken).ToListAsync(TestContext.Current.CancellationToken);

        Assert.True(pieces.Count > 1);
        Assert.Equal("Phó Thủ tướng Lê Thành Long ký [1].", string.Concat(pieces));
        Assert.True(Assert.Single(server.Requests).RootElement.GetProperty("stream").GetBoolean());
    }

    [Fact]
    public async Task StreamAsync_ServerError_Http503BeforeAnyPiece()
    {
        server.Default = FakeReply.Status(503);
        var client = TestLlm.Client(TestLlm.Options(server.Endpoint, o => o.MaxRetries = 1));
        var pieces = new List<string>();

        var error = await Assert.ThrowsAsync<LlmCallException>(async () =>
        {
            await foreach (var piece in client.StreamAsync(History(), Settings, TestContext.Current.CancellationToken))
            {
                pieces.Add(piece);
            }
        });

        Assert.Equal("http-503", error.Reason);
        Assert.Empty(pieces);
        Assert.Equal(2, server.RequestCount);
    }

    [Fact]
    public async Task StreamAsync_HangAfterFirstPiece_TimeoutAtTheBudget()
    {
        server.Default = FakeReply.StreamThenHang("Theo kế hoạch");
        var client = TestLlm.Client(TestLlm.Options(server.Endpoint, o => (o.TimeoutSeconds, o.BudgetSeconds) = (3, 3)));
        var pieces = new List<string>();

        var error = await Assert.ThrowsAsync<LlmCallException>(async () =>
        {
            await foreach (var piece in client.StreamAsync(History(), Settings, TestContext.Current.CancellationToken))
            {
                pieces.Add(piece);
            }
        });

        Assert.Equal("timeout", error.Reason);
        Assert.Equal(["Theo kế hoạch"], pieces);
    }

    private static ChatHistory History()
    {
        var history = new ChatHistory("hệ thống");
        history.AddUserMessage("câu hỏi");
        return history;
    }
}
