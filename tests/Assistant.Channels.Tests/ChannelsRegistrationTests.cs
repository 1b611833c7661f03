using System.Net;
using Assistant.Channels.Telegram;
using Assistant.Channels.Tests.BotFramework;
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
        var botFramework = await host.PostAsync("/api/messages", "{}");

        Assert.Equal(HttpStatusCode.NotFound, telegram.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, zalo.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, botFramework.StatusCode);
        Assert.Null(host.Services.GetService<TelegramNotifier>());
    }

    [Theory]
    [InlineData("Enabled")]
    [InlineData("AppPassword")]
    public async Task Host_BotFrameworkWithoutEnabledOrPassword_NotMappedAndNothingContacted(string missing)
    {
        await using var login = await FakeBotFrameworkLogin.StartAsync(BotFrameworkScenario.AppId, BotFrameworkScenario.AppPassword);
        var settings = BotFrameworkScenario.Settings(login);
        settings["Channels:BotFramework:" + missing] = missing == "Enabled" ? "false" : "";
        await using var host = await ChannelsHost.StartAsync(settings, new FakeConversationService());

        var response = await host.PostAsync("/api/messages", "{}", ("Authorization", "Bearer " + login.CreateToken("https://webchat.botframework.com/")));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Empty(login.Calls.Of(FakeBotFrameworkLogin.MetadataCall));
        Assert.Empty(login.Calls.Of(FakeBotFrameworkLogin.KeysCall));
        Assert.Empty(login.Calls.Of(FakeBotFrameworkLogin.TokenCall));
    }

    [Fact]
    public async Task Host_BotFrameworkOn_NothingContactedAtStart()
    {
        await using var login = await FakeBotFrameworkLogin.StartAsync(BotFrameworkScenario.AppId, BotFrameworkScenario.AppPassword);
        await using var host = await ChannelsHost.StartAsync(BotFrameworkScenario.Settings(login), new FakeConversationService());

        var unauthenticated = await host.PostAsync("/api/messages", "{}");

        Assert.Equal(HttpStatusCode.Unauthorized, unauthenticated.StatusCode);
        Assert.Empty(login.Calls.Of(FakeBotFrameworkLogin.MetadataCall));
        Assert.Empty(login.Calls.Of(FakeBotFrameworkLogin.TokenCall));
    }

    [Fact]
    public async Task Host_BotFrameworkMetadataOverPlainHttp_FailsAtStartNamingTheSetting()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Channels:BotFramework:Enabled"] = "true",
            ["Channels:BotFramework:AppId"] = BotFrameworkScenario.AppId,
            ["Channels:BotFramework:AppPassword"] = BotFrameworkScenario.AppPassword,
            ["Channels:BotFramework:OpenIdMetadataUrl"] = "http://login.botframework.com/v1/.well-known/openidconfiguration",
        };

        var error = await Assert.ThrowsAsync<Microsoft.Extensions.Options.OptionsValidationException>(
            () => ChannelsHost.StartAsync(settings, new FakeConversationService()));

        Assert.Contains("Channels:BotFramework:OpenIdMetadataUrl", error.Message);
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
