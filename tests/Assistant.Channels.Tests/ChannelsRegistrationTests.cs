using System.Net;
using Assistant.Channels.Telegram;
using Assistant.Channels.Tests.Fakes;
using Microsoft.Extensions.DependencyInjection;

namespace Assistant.Channels.Tests;

public sealed class ChannelsRegistrationTests
{
    [Fact]
    public async Task Host_NoChannelSettings_StartsWithWebhooksOff()
    {
        await using var host = await ChannelsHost.StartAsync(new Dictionary<string, string?>(), new FakeConversationService());

        var telegram = await host.PostAsync("/webhooks/telegram", "{}");
        var zalo = await host.PostAsync("/webhooks/zalo", "{}");

        Assert.Equal(HttpStatusCode.NotFound, telegram.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, zalo.StatusCode);
        Assert.Null(host.Services.GetService<TelegramNotifier>());
    }

    [Fact]
    public async Task Host_EnabledWithoutToken_StaysOff()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Channels:Telegram:Enabled"] = "true",
            ["Channels:Zalo:Enabled"] = "true",
            ["Channels:Zalo:AppId"] = "123",
        };
        await using var host = await ChannelsHost.StartAsync(settings, new FakeConversationService());

        var telegram = await host.PostAsync("/webhooks/telegram", "{}");
        var zalo = await host.PostAsync("/webhooks/zalo", "{}");

        Assert.Equal(HttpStatusCode.NotFound, telegram.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, zalo.StatusCode);
        Assert.Null(host.Services.GetService<TelegramNotifier>());
    }
}
