using System.Net;
using Assistant.Channels.Tests.Fakes;

namespace Assistant.Channels.Tests.BotFramework;

public sealed class BotFrameworkEndpointTests
{
    [Fact]
    public async Task Message_SignedCorrectly_OneReplyWithAnswerAndSources()
    {
        await using var scenario = await BotFrameworkScenario.StartAsync();
        var activity = scenario.Message("msg|0000001");

        var response = await scenario.DeliverAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var reply = Assert.Single(await scenario.Connector.Calls.WaitForAsync("message", 1));
        var text = (string)reply.Body["text"]!;
        Assert.StartsWith(scenario.Conversations.AnswerText, text);
        Assert.EndsWith("**Nguồn:**\n\n1. Nghị quyết 71-NQ/TW – Mục II.1", text);
        Assert.Equal("markdown", (string?)reply.Body["textFormat"]);
        Assert.Equal("vi-VN", (string?)reply.Body["locale"]);
        Assert.Equal("msg|0000001", (string?)reply.Body["replyToId"]);
        Assert.Equal("msg|0000001", reply.Headers["activityId"]);
        Assert.Equal("LMqy8mMtfsH8DWwWUzGlVr-f", reply.Headers["conversationId"]);
        Assert.Equal("hoi-dap-nq71@B2rE4mD6p9k", (string?)reply.Body["from"]!["id"]);
        Assert.Equal("dl_3f2a7c1e-phu-huynh", (string?)reply.Body["recipient"]!["id"]);
        Assert.Equal("Bearer bot-token-1", reply.Headers["Authorization"]);
        var (key, question) = Assert.Single(scenario.Conversations.Asked);
        Assert.Equal(("botframework", "webchat:LMqy8mMtfsH8DWwWUzGlVr-f"), (key.Channel, key.Subject));
        Assert.Equal("Học sinh có được miễn học phí không?", question);
        var typing = scenario.Connector.Calls.Of("typing");
        Assert.NotEmpty(typing);
        Assert.True(DateTimeOffset.Parse(typing[0].Headers["at"]) <= DateTimeOffset.Parse(reply.Headers["at"]));
        var token = Assert.Single(scenario.Login.Calls.Of(FakeBotFrameworkLogin.TokenCall));
        Assert.Equal(BotFrameworkScenario.AppId, (string?)token.Body["client_id"]);
        Assert.Equal("https://api.botframework.com/.default", (string?)token.Body["scope"]);
    }

    public static TheoryData<string> Forgeries => ["wrong-issuer", "wrong-audience", "expired", "unknown-key", "not-endorsed", "other-service-url"];

    [Theory]
    [MemberData(nameof(Forgeries))]
    public async Task Message_BadToken_Returns401AndNoReply(string forgery)
    {
        await using var scenario = await BotFrameworkScenario.StartAsync();
        var login = scenario.Login;
        var serviceUrl = scenario.Connector.ServiceUrl;
        var activity = scenario.Message("forged-1", channelId: "facebook");
        var token = forgery switch
        {
            "wrong-issuer" => login.CreateToken(serviceUrl, issuer: "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/"),
            "wrong-audience" => login.CreateToken(serviceUrl, audience: "9a1b2c3d-0000-4e6f-9b2a-another-bot"),
            "expired" => login.CreateToken(serviceUrl, expires: DateTime.UtcNow.AddHours(-1)),
            "unknown-key" => login.CreateToken(serviceUrl, keyId: FakeBotFrameworkLogin.UnpublishedKey),
            "not-endorsed" => login.CreateToken(serviceUrl, keyId: FakeBotFrameworkLogin.TeamsOnlyKey),
            _ => login.CreateToken("https://attacker.example/"),
        };

        var response = await scenario.DeliverAsync(activity.ToJsonString(), token);
        // A valid message afterwards proves the worker ran past the refused one without answering it.
        await scenario.DeliverAsync(scenario.Message("genuine-1", text: "Câu hỏi thật?"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        var reply = Assert.Single(await scenario.Connector.Calls.WaitForAsync("message", 1));
        Assert.Equal("genuine-1", (string?)reply.Body["replyToId"]);
        Assert.Equal(["Câu hỏi thật?"], scenario.Conversations.Asked.Select(a => a.Question));
    }

    [Fact]
    public async Task Message_TeamsOnlyKeyOnTeams_Accepted()
    {
        await using var scenario = await BotFrameworkScenario.StartAsync();
        var activity = scenario.Message("teams-1", channelId: "msteams");

        var response = await scenario.DeliverAsync(
            activity.ToJsonString(), scenario.Login.CreateToken(scenario.Connector.ServiceUrl, keyId: FakeBotFrameworkLogin.TeamsOnlyKey));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(await scenario.Connector.Calls.WaitForAsync("message", 1));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Basic Ym90OnBhc3N3b3Jk")]
    [InlineData("Bearer khong-phai-jwt")]
    public async Task Message_MissingOrUnreadableAuthorization_Returns401(string? authorization)
    {
        await using var scenario = await BotFrameworkScenario.StartAsync();
        var headers = authorization is null ? [] : new[] { ("Authorization", authorization) };

        var response = await scenario.Host.PostAsync(BotFrameworkScenario.Path, scenario.Message("m-1").ToJsonString(), headers);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(scenario.Conversations.Asked);
    }

    [Theory]
    [InlineData("{\"type\": \"message\", \"text\": ")]
    [InlineData("null")]
    [InlineData("[1, 2]")]
    [InlineData("{\"type\": \"message\", \"timestamp\": \"hôm qua\"}")]
    [InlineData("{\"type\": \"message\", \"id\": \"1\", \"text\": \"hi\", \"channelId\": \"webchat\"}")]
    [InlineData("{\"type\": \"message\", \"id\": \"1\", \"channelId\": \"webchat\", \"serviceUrl\": \"khong-phai-url\", \"conversation\": {\"id\": \"c\"}, \"from\": {\"id\": \"u\"}, \"recipient\": {\"id\": \"b\"}}")]
    public async Task Message_BadBody_Returns400(string body)
    {
        await using var scenario = await BotFrameworkScenario.StartAsync();

        var response = await scenario.DeliverAsync(body, scenario.Login.CreateToken(scenario.Connector.ServiceUrl));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Message_WithoutId_Returns400()
    {
        await using var scenario = await BotFrameworkScenario.StartAsync();
        var activity = scenario.Message("x");
        activity.Remove("id");

        var response = await scenario.DeliverAsync(activity);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Message_DeliveredTwice_OneReply()
    {
        await using var scenario = await BotFrameworkScenario.StartAsync();

        var first = await scenario.DeliverAsync(scenario.Message("dup-1"));
        var again = await scenario.DeliverAsync(scenario.Message("dup-1"));
        await scenario.DeliverAsync(scenario.Message("dup-2", text: "Câu hỏi khác?"));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(2, (await scenario.Connector.Calls.WaitForAsync("message", 2)).Count);
        Assert.Equal(["Câu hỏi khác?", "Học sinh có được miễn học phí không?"], scenario.Conversations.Asked.Select(a => a.Question).Order());
    }

    [Fact]
    public async Task Messages_TwoQuestions_OneTokenRequest()
    {
        await using var scenario = await BotFrameworkScenario.StartAsync();

        await scenario.DeliverAsync(scenario.Message("t-1"));
        await scenario.Connector.Calls.WaitForAsync("message", 1);
        await scenario.DeliverAsync(scenario.Message("t-2"));
        await scenario.Connector.Calls.WaitForAsync("message", 2);

        Assert.Single(scenario.Login.Calls.Of(FakeBotFrameworkLogin.TokenCall));
    }

    [Fact]
    public async Task Message_TeamsMention_RemovedFromQuestion()
    {
        await using var scenario = await BotFrameworkScenario.StartAsync();

        await scenario.DeliverAsync(scenario.Message("mention-1", channelId: "msteams", text: "<at>Hỏi đáp NQ71</at> Học phí năm nay thế nào?"));

        await scenario.Connector.Calls.WaitForAsync("message", 1);
        Assert.Equal("Học phí năm nay thế nào?", Assert.Single(scenario.Conversations.Asked).Question);
    }

    [Fact]
    public async Task Message_NoText_PoliteTextOnlyNote()
    {
        await using var scenario = await BotFrameworkScenario.StartAsync();
        var activity = scenario.Message("photo-1");
        activity.Remove("text");

        await scenario.DeliverAsync(activity);

        var reply = Assert.Single(await scenario.Connector.Calls.WaitForAsync("message", 1));
        Assert.Contains("chỉ đọc được câu hỏi dạng chữ", (string)reply.Body["text"]!);
        Assert.Empty(scenario.Conversations.Asked);
    }

    [Fact]
    public async Task ConversationUpdate_BotAdded_Greets()
    {
        await using var scenario = await BotFrameworkScenario.StartAsync();

        var response = await scenario.DeliverAsync(scenario.Activity("teams_conversation_update"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var greeting = Assert.Single(await scenario.Connector.Calls.WaitForAsync("message", 1));
        Assert.StartsWith("Xin chào!", (string)greeting.Body["text"]!);
        Assert.Equal("a:1Vzq2FJ-N3bXyu4T0RbqfHz7KqxYxBr4pL3M6wS9dA0e", greeting.Headers["conversationId"]);
        Assert.Empty(scenario.Conversations.Asked);
    }

    [Fact]
    public async Task ConversationUpdate_UserAdded_NoGreeting()
    {
        await using var scenario = await BotFrameworkScenario.StartAsync();
        var update = scenario.Activity("teams_conversation_update");
        update["membersAdded"]![0]!["id"] = "29:another-user";
        var typing = scenario.Message("typing-1");
        typing["type"] = "typing";

        var updated = await scenario.DeliverAsync(update);
        var typed = await scenario.DeliverAsync(typing);
        await scenario.DeliverAsync(scenario.Message("after-1", text: "Sau đó?"));

        Assert.Equal(HttpStatusCode.OK, updated.StatusCode);
        Assert.Equal(HttpStatusCode.OK, typed.StatusCode);
        var reply = Assert.Single(await scenario.Connector.Calls.WaitForAsync("message", 1));
        Assert.Equal("after-1", (string?)reply.Body["replyToId"]);
    }

    [Fact]
    public async Task Message_MetadataUnreachable_Returns503SoTheConnectorResends()
    {
        var login = await FakeBotFrameworkLogin.StartAsync(BotFrameworkScenario.AppId, BotFrameworkScenario.AppPassword);
        var settings = BotFrameworkScenario.Settings(login);
        var token = login.CreateToken("https://webchat.botframework.com/");
        await login.DisposeAsync();
        var conversations = new FakeConversationService();
        await using var host = await ChannelsHost.StartAsync(settings, conversations);

        var response = await host.PostAsync(BotFrameworkScenario.Path, "{}", ("Authorization", "Bearer " + token));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Empty(conversations.Asked);
    }
}
