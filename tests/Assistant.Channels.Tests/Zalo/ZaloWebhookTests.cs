using System.Net;
using Assistant.Channels.Tests.Fakes;
using Assistant.Channels.Zalo;
using Assistant.Core.Storage;
using Assistant.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Assistant.Channels.Tests.Zalo;

public sealed class ZaloWebhookTests
{
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Webhook_GoodSignature_AnswersTheUser(bool withPrefix)
    {
        await using var scenario = await ZaloScenario.StartAsync();
        var raw = ZaloScenario.Event("user_send_text", "msg-1");

        var response = await scenario.Host.PostAsync("/webhooks/zalo", raw, ("X-ZEvent-Signature", ZaloScenario.Sign(raw, withPrefix)));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var sent = Assert.Single(await scenario.Zalo.Calls.WaitForAsync(FakeZaloServer.Delivered, 1));
        Assert.Equal("AT-seed", sent.Headers["access_token"]);
        Assert.Equal(ZaloScenario.UserId, (string?)sent.Body["recipient"]!["user_id"]);
        var text = (string)sent.Body["message"]!["text"]!;
        Assert.StartsWith(scenario.Conversations.AnswerText, text);
        Assert.Contains("Nguồn:\n1. Nghị quyết 71-NQ/TW – Mục II.1", text);
        var (key, question) = Assert.Single(scenario.Conversations.Asked);
        Assert.Equal(("zalo", ZaloScenario.UserId), (key.Channel, key.Subject));
        Assert.Equal("Học sinh có được miễn học phí không?", question);
    }

    [Fact]
    public async Task Webhook_BadSignature_Returns403AndAnswersNothing()
    {
        await using var scenario = await ZaloScenario.StartAsync();
        var raw = ZaloScenario.Event("user_send_text", "msg-2");
        var timestamp = System.Text.Json.Nodes.JsonNode.Parse(raw)!["timestamp"]!.ToString();
        var forged = "mac=" + Assistant.Channels.Zalo.ZaloSignature.Compute(ZaloScenario.AppId, raw, timestamp, "khoa-bi-mat-sai");

        var bad = await scenario.Host.PostAsync("/webhooks/zalo", raw, ("X-ZEvent-Signature", forged));
        var missing = await scenario.Host.PostAsync("/webhooks/zalo", raw);
        // A valid event afterwards proves the worker ran past the rejected ones without answering them.
        await scenario.DeliverAsync(ZaloScenario.Event("user_send_text", "msg-3"));

        Assert.Equal(HttpStatusCode.Forbidden, bad.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, missing.StatusCode);
        Assert.Single(await scenario.Zalo.Calls.WaitForAsync(FakeZaloServer.Delivered, 1));
        Assert.Single(scenario.Conversations.Asked);
    }

    [Fact]
    public async Task Webhook_DuplicateMessageId_AnsweredOnce()
    {
        await using var scenario = await ZaloScenario.StartAsync();
        var raw = ZaloScenario.Event("user_send_text", "msg-dup");

        var first = await scenario.DeliverAsync(raw);
        var resent = await scenario.DeliverAsync(raw);
        await scenario.DeliverAsync(ZaloScenario.Event("user_send_text", "msg-next", "Câu hỏi khác?"));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, resent.StatusCode);
        var sent = await scenario.Zalo.Calls.WaitForAsync(FakeZaloServer.Delivered, 2);
        Assert.Equal(2, sent.Count);
        Assert.Equal(["Học sinh có được miễn học phí không?", "Câu hỏi khác?"], scenario.Conversations.Asked.Select(a => a.Question));
    }

    [Fact]
    public async Task Send_ExpiredToken_RefreshedOnceAndNewPairPersisted()
    {
        await using var scenario = await ZaloScenario.StartAsync(configuredAccess: "AT-expired", serverAccess: "AT-current");

        await scenario.DeliverAsync(ZaloScenario.Event("user_send_text", "msg-4"));
        await scenario.Zalo.Calls.WaitForAsync(FakeZaloServer.Delivered, 1);
        await scenario.DeliverAsync(ZaloScenario.Event("user_send_text", "msg-5"));
        var delivered = await scenario.Zalo.Calls.WaitForAsync(FakeZaloServer.Delivered, 2);

        var refresh = Assert.Single(scenario.Zalo.Calls.Of(FakeZaloServer.RefreshCall));
        Assert.Equal("RT-seed", (string?)refresh.Body["refresh_token"]);
        Assert.Equal(ZaloScenario.AppId, (string?)refresh.Body["app_id"]);
        Assert.Equal("refresh_token", (string?)refresh.Body["grant_type"]);
        Assert.Equal(ZaloScenario.AppSecret, refresh.Headers["secret_key"]);
        Assert.All(delivered, d => Assert.Equal("AT-rotated-1", d.Headers["access_token"]));
        Assert.Equal(("AT-rotated-1", "RT-rotated-1"), await ReadStoredPairAsync(scenario.DataDirectory));
    }

    [Fact]
    public async Task Tokens_StoredPair_WinsOverConfiguredSeed()
    {
        await using var scenario = await ZaloScenario.StartAsync(
            configuredAccess: "AT-config",
            configuredRefresh: "RT-config",
            serverAccess: "AT-stored",
            serverRefresh: "RT-stored",
            prepare: data => WriteStoredPairAsync(data, "AT-stored", "RT-stored"));

        await scenario.DeliverAsync(ZaloScenario.Event("user_send_text", "msg-6"));

        var sent = Assert.Single(await scenario.Zalo.Calls.WaitForAsync(FakeZaloServer.Delivered, 1));
        Assert.Equal("AT-stored", sent.Headers["access_token"]);
        Assert.Empty(scenario.Zalo.Calls.Of(FakeZaloServer.RefreshCall));
    }

    [Fact]
    public async Task Send_RateLimited_BacksOffAndRetries()
    {
        await using var scenario = await ZaloScenario.StartAsync();
        scenario.Zalo.FailNextSendWith(-32);

        await scenario.DeliverAsync(ZaloScenario.Event("user_send_text", "msg-7"));

        Assert.Single(await scenario.Zalo.Calls.WaitForAsync(FakeZaloServer.Delivered, 1));
        var attempts = scenario.Zalo.Calls.Of(FakeZaloServer.SendCall);
        Assert.Equal(2, attempts.Count);
        Assert.Equal(attempts[0].Body.ToJsonString(), attempts[1].Body.ToJsonString());
    }

    [Fact]
    public async Task Send_UserNotFollowing_NotRetried()
    {
        await using var scenario = await ZaloScenario.StartAsync();
        scenario.Zalo.FailNextSendWith(-230);
        scenario.Conversations.AnswerText = new string('a', 2500);

        await scenario.DeliverAsync(ZaloScenario.Event("user_send_text", "msg-8"));
        scenario.Conversations.AnswerText = "Câu trả lời ngắn.";
        await scenario.DeliverAsync(ZaloScenario.Event("user_send_text", "msg-9"));

        // The next message is delivered; the refused one was tried once and its second part never sent.
        Assert.Single(await scenario.Zalo.Calls.WaitForAsync(FakeZaloServer.Delivered, 1));
        Assert.Equal(2, scenario.Zalo.Calls.Of(FakeZaloServer.SendCall).Count);
    }

    [Fact]
    public async Task Send_LongAnswer_SentAsTwoMessages()
    {
        await using var scenario = await ZaloScenario.StartAsync();
        var sentence = "Nhà trường phối hợp với gia đình để chăm lo việc học của các em. ";
        scenario.Conversations.AnswerText = string.Concat(Enumerable.Repeat(sentence, 2500 / sentence.Length + 1))[..2500];

        await scenario.DeliverAsync(ZaloScenario.Event("user_send_text", "msg-10"));

        var sent = await scenario.Zalo.Calls.WaitForAsync(FakeZaloServer.Delivered, 2);
        await scenario.DeliverAsync(ZaloScenario.Event("user_send_text", "msg-11"));
        await scenario.Zalo.Calls.WaitForAsync(FakeZaloServer.Delivered, 4);
        var first = scenario.Zalo.Calls.Of(FakeZaloServer.Delivered).Take(2).Select(c => (string)c.Body["message"]!["text"]!).ToList();
        Assert.Equal(2, first.Count);
        Assert.All(first, t => Assert.InRange(t.Length, 1, 2000));
        Assert.EndsWith("các em.", first[0]);
        Assert.Contains("Nguồn:", first[1]);
        Assert.NotEmpty(sent);
    }

    [Fact]
    public async Task Webhook_ImageMessage_GetsPoliteTextOnlyNote()
    {
        await using var scenario = await ZaloScenario.StartAsync();

        var response = await scenario.DeliverAsync(ZaloScenario.Event("user_send_image", "msg-12"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var sent = Assert.Single(await scenario.Zalo.Calls.WaitForAsync(FakeZaloServer.Delivered, 1));
        Assert.Contains("chỉ đọc được câu hỏi dạng chữ", (string)sent.Body["message"]!["text"]!);
        Assert.Empty(scenario.Conversations.Asked);
    }

    [Theory]
    [InlineData("")]
    [InlineData("khong phai json")]
    [InlineData("[]")]
    [InlineData("{\"event_name\":\"user_send_text\"}")]
    [InlineData("{\"event_name\":\"user_send_text\",\"timestamp\":\"1763899200000\",\"sender\":{\"id\":\"1\"},\"message\":{\"msg_id\":\"m\"}}")]
    [InlineData("{\"event_name\":\"user_send_text\",\"timestamp\":1763899200000,\"sender\":\"x\",\"message\":[1]}")]
    public async Task Webhook_MalformedBody_Returns400(string raw)
    {
        await using var scenario = await ZaloScenario.StartAsync();
        var signature = raw.Contains("timestamp", StringComparison.Ordinal) ? ZaloScenario.Sign(raw) : "mac=00";

        var response = await scenario.Host.PostAsync("/webhooks/zalo", raw, ("X-ZEvent-Signature", signature));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(scenario.Conversations.Asked);
    }

    private static async Task<(string Access, string Refresh)> ReadStoredPairAsync(string dataDirectory)
    {
        await using var services = StoredTokens(dataDirectory);
        var pair = await services.GetRequiredService<ITokenPairStore>().GetOrAddAsync(
            ZaloTokenProvider.LockName, new TokenPair("none", "none", null), TestContext.Current.CancellationToken);
        return (pair.AccessToken, pair.RefreshToken);
    }

    private static async Task WriteStoredPairAsync(string dataDirectory, string access, string refresh)
    {
        await using var services = StoredTokens(dataDirectory);
        await services.GetRequiredService<ITokenPairStore>().SaveAsync(
            ZaloTokenProvider.LockName, new TokenPair(access, refresh, null), DateTimeOffset.UtcNow, TestContext.Current.CancellationToken);
    }

    /// <summary>The stores as the host composes them over <paramref name="dataDirectory"/>.</summary>
    private static ServiceProvider StoredTokens(string dataDirectory)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Data:Directory"] = dataDirectory }).Build();
        return new ServiceCollection().AddStorage(configuration).BuildServiceProvider();
    }

    [Fact]
    public async Task Webhook_EventOutsideTheTimeWindow_RefusedAndNotAnswered()
    {
        await using var scenario = await ZaloScenario.StartAsync(configure: s => s["Channels:Zalo:MaxEventAgeSeconds"] = "300");

        var old = await scenario.DeliverAsync(ZaloScenario.Event("user_send_text", "msg-old", "Câu cũ?", DateTimeOffset.UtcNow.AddYears(-2)));
        var future = await scenario.DeliverAsync(ZaloScenario.Event("user_send_text", "msg-future", "Câu tương lai?", DateTimeOffset.UtcNow.AddHours(1)));
        var recent = await scenario.DeliverAsync(ZaloScenario.Event("user_send_text", "msg-recent", "Câu mới?", DateTimeOffset.UtcNow.AddSeconds(-60)));

        Assert.Equal(HttpStatusCode.BadRequest, old.StatusCode);
        Assert.Equal("application/problem+json", old.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.BadRequest, future.StatusCode);
        Assert.Equal(HttpStatusCode.OK, recent.StatusCode);
        Assert.Single(await scenario.Zalo.Calls.WaitForAsync(FakeZaloServer.Delivered, 1));
        Assert.Equal(["Câu mới?"], scenario.Conversations.Asked.Select(a => a.Question));
    }

    [Fact]
    public async Task Webhook_EventResentAfterARestart_AnsweredOnce()
    {
        await using var scenario = await ZaloScenario.StartAsync();
        var raw = ZaloScenario.Event("user_send_text", "msg-restart");
        Assert.Equal(HttpStatusCode.OK, (await scenario.DeliverAsync(raw)).StatusCode);
        await scenario.Zalo.Calls.WaitForAsync(FakeZaloServer.Delivered, 1);

        await scenario.RestartAsync();
        var resent = await scenario.DeliverAsync(raw);
        await scenario.DeliverAsync(ZaloScenario.Event("user_send_text", "msg-after-restart", "Câu hỏi khác?"));

        Assert.Equal(HttpStatusCode.OK, resent.StatusCode);
        Assert.Equal(2, (await scenario.Zalo.Calls.WaitForAsync(FakeZaloServer.Delivered, 2)).Count);
        Assert.Equal(["Học sinh có được miễn học phí không?", "Câu hỏi khác?"], scenario.Conversations.Asked.Select(a => a.Question));
    }

    [Theory]
    [InlineData("text")]
    [InlineData("sender")]
    [InlineData("msg_id")]
    public async Task Webhook_SignedBodyWithALoneSurrogate_IsNot500(string field)
    {
        await using var scenario = await ZaloScenario.StartAsync();
        var raw = ZaloScenario.Event("user_send_text", "msg-surrogate", "cau hoi co ky tu la X");
        raw = field switch
        {
            "text" => raw.Replace("ky tu la X", "ky tu la \\ud800", StringComparison.Ordinal),
            "sender" => raw.Replace(ZaloScenario.UserId, "\\udc00" + ZaloScenario.UserId, StringComparison.Ordinal),
            _ => raw.Replace("msg-surrogate", "msg-\\ud800", StringComparison.Ordinal),
        };
        Assert.True(raw.Contains("\\ud800", StringComparison.Ordinal) || raw.Contains("\\udc00", StringComparison.Ordinal));

        var response = await scenario.DeliverAsync(raw);

        Assert.True((int)response.StatusCode < 500, $"{field}: {(int)response.StatusCode}");
    }
}
