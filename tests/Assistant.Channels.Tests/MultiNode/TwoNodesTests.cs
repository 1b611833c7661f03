using System.Net;
using Assistant.Channels.Tests.Fakes;
using Assistant.Channels.Tests.Telegram;
using Assistant.Channels.Tests.Zalo;
using Assistant.Tests.Shared;

namespace Assistant.Channels.Tests.MultiNode;

/// <summary>Two channel hosts (real HTTP on 127.0.0.1) on one PostgreSQL database, as two nodes behind a load balancer.</summary>
public sealed class TwoNodesTests
{
    [Fact]
    public async Task TelegramWebhook_EveryUpdateDeliveredToBothNodes_ExactlyOneReplyEach()
    {
        const int updates = 200;
        await using var postgres = await TestPostgres.CreateAsync();
        await using var telegram = await FakeTelegramServer.StartAsync();
        var conversations = new FakeConversationService();
        var settings = new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Postgres",
            ["Storage:ConnectionString"] = postgres.ConnectionString,
            ["Channels:Telegram:Enabled"] = "true",
            ["Channels:Telegram:BotToken"] = TelegramScenario.Token,
            ["Channels:Telegram:SecretToken"] = TelegramScenario.Secret,
            ["Channels:Telegram:ApiBaseUrl"] = telegram.BaseUrl,
            ["Channels:Telegram:Workers"] = "4",
        };
        var nodes = new[] { await ChannelsHost.StartAsync(settings, conversations), await ChannelsHost.StartAsync(settings, conversations) };

        var deliveries = Enumerable.Range(1, updates).SelectMany(id => nodes.Select(node => Task.Run(() =>
        {
            var update = TelegramUpdates.Load("private_text", 900_000 + id);
            update["message"]!["chat"]!["id"] = 6_000_000_000 + id;
            update["message"]!["from"]!["id"] = 6_000_000_000 + id;
            return node.PostAsync("/webhooks/telegram", update.ToJsonString(), ("X-Telegram-Bot-Api-Secret-Token", TelegramScenario.Secret));
        })));
        var responses = await Task.WhenAll(deliveries);
        await telegram.Calls.WaitForAsync("sendMessage", updates);
        foreach (var node in nodes)
        {
            await node.DisposeAsync();
        }

        Assert.All(responses, response => Assert.Equal(HttpStatusCode.OK, response.StatusCode));
        var chats = telegram.Calls.Of("sendMessage").Select(call => (long)call.Body["chat_id"]!).ToList();
        Assert.Equal(updates, chats.Count);
        Assert.Equal(updates, chats.Distinct().Count());
    }

    [Fact]
    public async Task ZaloSends_FiftyAtOnceAcrossBothNodesWithAnExpiredToken_OneRefresh()
    {
        const int messages = 50;
        await using var postgres = await TestPostgres.CreateAsync();
        await using var zalo = await FakeZaloServer.StartAsync(ZaloScenario.AppSecret, "AT-current", "RT-seed");
        var conversations = new FakeConversationService();
        var settings = new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Postgres",
            ["Storage:ConnectionString"] = postgres.ConnectionString,
            ["Channels:Zalo:Enabled"] = "true",
            ["Channels:Zalo:AppId"] = ZaloScenario.AppId,
            ["Channels:Zalo:AppSecret"] = ZaloScenario.AppSecret,
            ["Channels:Zalo:OaSecretKey"] = ZaloScenario.OaSecretKey,
            ["Channels:Zalo:AccessToken"] = "AT-expired",
            ["Channels:Zalo:RefreshToken"] = "RT-seed",
            ["Channels:Zalo:OpenApiBaseUrl"] = zalo.BaseUrl,
            ["Channels:Zalo:OAuthBaseUrl"] = zalo.BaseUrl,
            ["Channels:Zalo:Workers"] = "8",
            ["Channels:Zalo:PerUserPerMinute"] = "1000",
        };
        await using var first = await ChannelsHost.StartAsync(settings, conversations);
        await using var second = await ChannelsHost.StartAsync(settings, conversations);

        var responses = await Task.WhenAll(Enumerable.Range(0, messages).Select(i => Task.Run(() =>
        {
            var raw = ZaloScenario.Event("user_send_text", $"msg-multi-{i}", $"Câu hỏi số {i}?");
            return (i % 2 == 0 ? first : second).PostAsync("/webhooks/zalo", raw, ("X-ZEvent-Signature", ZaloScenario.Sign(raw)));
        })));
        await zalo.Calls.WaitForAsync(FakeZaloServer.Delivered, messages);

        Assert.All(responses, response => Assert.Equal(HttpStatusCode.OK, response.StatusCode));
        Assert.Single(zalo.Calls.Of(FakeZaloServer.RefreshCall));
        Assert.Equal(messages, zalo.Calls.Of(FakeZaloServer.Delivered).Count);
    }
}
