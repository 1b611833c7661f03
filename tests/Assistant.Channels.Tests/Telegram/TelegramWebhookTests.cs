using System.Net;
using Assistant.Channels.Tests.Fakes;

namespace Assistant.Channels.Tests.Telegram;

public sealed class TelegramWebhookTests
{
    [Fact]
    public async Task Webhook_GoodSecret_AnswersWithEscapedHtmlAndNumberedSources()
    {
        await using var scenario = await TelegramScenario.StartAsync();
        scenario.Conversations.AnswerText = "Lớp <5 tuổi> & mẫu giáo được miễn học phí.";

        var response = await scenario.DeliverAsync(TelegramUpdates.Load("private_text", 1001));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var sent = Assert.Single(await scenario.Telegram.Calls.WaitForAsync("sendMessage", 1));
        Assert.Equal(5123456789, (long)sent.Body["chat_id"]!);
        Assert.Equal("html", ((string?)sent.Body["parse_mode"])?.ToLowerInvariant());
        var text = (string)sent.Body["text"]!;
        Assert.StartsWith("Lớp &lt;5 tuổi&gt; &amp; mẫu giáo được miễn học phí.", text);
        Assert.Contains("Nguồn:\n1. Nghị quyết 71-NQ/TW – Mục II.1", text);
        var (key, question) = Assert.Single(scenario.Conversations.Asked);
        Assert.Equal("telegram", key.Channel);
        Assert.Equal("5123456789", key.Subject);
        Assert.Equal("Mục tiêu phổ cập giáo dục mầm non là gì?", question);
    }

    [Fact]
    public async Task Webhook_WrongSecret_Returns403AndSendsNothing()
    {
        await using var scenario = await TelegramScenario.StartAsync();

        var response = await scenario.Host.PostAsync(
            "/webhooks/telegram", TelegramUpdates.Load("private_text", 1002).ToJsonString(), ("X-Telegram-Bot-Api-Secret-Token", "sai-mat-khau"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Empty(scenario.Conversations.Asked);
        Assert.Empty(scenario.Telegram.Calls.Of("sendMessage"));
    }

    [Fact]
    public async Task Webhook_MissingSecret_Returns401()
    {
        await using var scenario = await TelegramScenario.StartAsync();

        var response = await scenario.Host.PostAsync("/webhooks/telegram", TelegramUpdates.Load("private_text", 1003).ToJsonString());

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(scenario.Conversations.Asked);
    }

    [Fact]
    public async Task Webhook_DuplicateUpdate_AnsweredOnce()
    {
        await using var scenario = await TelegramScenario.StartAsync(configure: s => s["Channels:Telegram:Workers"] = "1");
        var update = TelegramUpdates.Load("private_text", 1004);

        var first = await scenario.DeliverAsync(update);
        var resent = await scenario.DeliverAsync(update);
        var next = TelegramUpdates.Load("start_command", 1005);
        await scenario.DeliverAsync(next);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, resent.StatusCode);
        // One worker answers in order: once the later update is answered, a second answer to the first would be there.
        var sent = await scenario.Telegram.Calls.WaitForAsync("sendMessage", 2);
        Assert.Equal(2, sent.Count);
        Assert.Single(scenario.Conversations.Asked);
    }

    [Fact]
    public async Task Webhook_LongAnswer_SplitIntoMessagesWithinTelegramLimit()
    {
        await using var scenario = await TelegramScenario.StartAsync();
        var sentence = "Nhà nước bảo đảm điều kiện để mọi trẻ em trong độ tuổi được đến trường & học tập suốt đời. ";
        scenario.Conversations.AnswerText = string.Concat(Enumerable.Repeat(sentence, 100));

        await scenario.DeliverAsync(TelegramUpdates.Load("private_text", 1006));

        var sent = await scenario.Telegram.Calls.WaitForAsync("sendMessage", 3);
        var texts = scenario.Telegram.Calls.Of("sendMessage").Select(c => System.Net.WebUtility.HtmlDecode((string)c.Body["text"]!)).ToList();
        Assert.Equal(3, texts.Count);
        Assert.All(texts, t => Assert.InRange(t.Length, 1, 4096));
        Assert.All(texts.SkipLast(1), t => Assert.EndsWith("suốt đời.", t));
        Assert.Equal(100, texts.Sum(t => CountOf(t, "suốt đời.")));
        Assert.Contains("Nguồn:", texts[^1]);
        Assert.NotEmpty(sent);
    }

    [Fact]
    public async Task Send_TooManyRequests_WaitsRetryAfterThenSucceeds()
    {
        await using var scenario = await TelegramScenario.StartAsync();
        scenario.Telegram.FailNextWithTooManyRequests("sendMessage", retryAfter: 1);

        await scenario.DeliverAsync(TelegramUpdates.Load("private_text", 1007));

        var sent = await scenario.Telegram.Calls.WaitForAsync("sendMessage", 2);
        Assert.Equal(2, sent.Count);
        Assert.Equal((string?)sent[0].Body["text"], (string?)sent[1].Body["text"]);
        Assert.Single(scenario.Conversations.Asked);
    }

    [Theory]
    [InlineData("")]
    [InlineData("khong phai json")]
    [InlineData("[1,2,3]")]
    [InlineData("{\"update_id\":\"abc\"}")]
    [InlineData("{\"update_id\":5,\"message\":{\"message_id\":\"x\",\"chat\":5}}")]
    [InlineData("{}")]
    [InlineData("null")]
    public async Task Webhook_MalformedBody_Returns400(string body)
    {
        await using var scenario = await TelegramScenario.StartAsync();

        var response = await scenario.Host.PostAsync("/webhooks/telegram", body, ("X-Telegram-Bot-Api-Secret-Token", TelegramScenario.Secret));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Webhook_StartCommand_RepliesVietnameseHelpWithExamples()
    {
        await using var scenario = await TelegramScenario.StartAsync();

        await scenario.DeliverAsync(TelegramUpdates.Load("start_command", 1008));

        var sent = Assert.Single(await scenario.Telegram.Calls.WaitForAsync("sendMessage", 1));
        var text = (string)sent.Body["text"]!;
        Assert.Contains("Xin chào", text);
        Assert.Contains("Ví dụ", text);
        Assert.Empty(scenario.Conversations.Asked);
    }

    [Fact]
    public async Task Webhook_Photo_GetsPoliteTextOnlyNote()
    {
        await using var scenario = await TelegramScenario.StartAsync();

        await scenario.DeliverAsync(TelegramUpdates.Load("photo", 1009));

        var sent = Assert.Single(await scenario.Telegram.Calls.WaitForAsync("sendMessage", 1));
        Assert.Contains("chỉ đọc được câu hỏi dạng chữ", (string)sent.Body["text"]!);
        Assert.Empty(scenario.Conversations.Asked);
    }

    [Fact]
    public async Task Webhook_GroupMessage_AnsweredOnlyWhenMentioned()
    {
        await using var scenario = await TelegramScenario.StartAsync(configure: s => s["Channels:Telegram:Workers"] = "1");

        await scenario.DeliverAsync(TelegramUpdates.Load("group_plain", 1010));
        await scenario.DeliverAsync(TelegramUpdates.Load("group_mention", 1011));

        var sent = Assert.Single(await scenario.Telegram.Calls.WaitForAsync("sendMessage", 1));
        Assert.Equal(302, (int)sent.Body["reply_parameters"]!["message_id"]!);
        var (key, question) = Assert.Single(scenario.Conversations.Asked);
        Assert.Equal("học sinh có được miễn học phí không?", question);
        Assert.Equal("-1001987654321:6234567890", key.Subject);
    }

    [Fact]
    public async Task Webhook_ChannelPost_HandedToMonitor()
    {
        await using var scenario = await TelegramScenario.StartAsync();

        var response = await scenario.DeliverAsync(TelegramUpdates.Load("channel_post", 1012));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await scenario.Intake.Received.WaitAsync(TimeSpan.FromSeconds(20), TestContext.Current.CancellationToken);
        var post = Assert.Single(scenario.Intake.Posts);
        Assert.Equal("telegram", post.Source);
        Assert.Equal("-1001555000111:45", post.ExternalId);
        Assert.StartsWith("NÓNG: Từ năm sau", post.Text);
        Assert.Equal("https://t.me/tingiaoduc24h_demo/45", post.Url);
        Assert.Empty(scenario.Telegram.Calls.Of("sendMessage"));
    }

    [Fact]
    public async Task Webhook_ChatOverRateLimit_GetsSlowDownNote()
    {
        await using var scenario = await TelegramScenario.StartAsync(configure: s =>
        {
            s["Channels:Telegram:Workers"] = "1";
            s["Channels:Telegram:PerChatPerMinute"] = "1";
        });

        await scenario.DeliverAsync(TelegramUpdates.Load("private_text", 1013));
        await scenario.DeliverAsync(TelegramUpdates.Load("private_text", 1014));

        var sent = await scenario.Telegram.Calls.WaitForAsync("sendMessage", 2);
        Assert.Contains("chờ khoảng một phút", (string)sent[1].Body["text"]!);
        Assert.Single(scenario.Conversations.Asked);
    }

    private static int CountOf(string text, string value) =>
        (text.Length - text.Replace(value, "", StringComparison.Ordinal).Length) / value.Length;
}
