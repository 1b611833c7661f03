using Assistant.Channels.Telegram;
using Assistant.Channels.Tests.Fakes;

namespace Assistant.Channels.Tests.Telegram;

public sealed class TelegramWebhookRegistrationTests
{
    [Fact]
    public async Task SetAsync_ConfiguredBot_SendsUrlSecretAndAllowedUpdates()
    {
        await using var telegram = await FakeTelegramServer.StartAsync();
        var settings = new TelegramOptions { BotToken = "42:abc", SecretToken = "bi-mat_1", ApiBaseUrl = telegram.BaseUrl };
        using var http = new HttpClient();

        await TelegramWebhookRegistration.SetAsync(settings, new Uri("https://so-gd.example.vn/webhooks/telegram"), http, TestContext.Current.CancellationToken);

        var call = Assert.Single(telegram.Calls.Of("setWebhook"));
        Assert.Equal("https://so-gd.example.vn/webhooks/telegram", (string?)call.Body["url"]);
        Assert.Equal("bi-mat_1", (string?)call.Body["secret_token"]);
        Assert.Equal(["message", "channel_post"], call.Body["allowed_updates"]!.AsArray().Select(u => (string?)u));
    }

    [Fact]
    public async Task SetAsync_NoSecret_RefusesWithoutCallingTelegram()
    {
        await using var telegram = await FakeTelegramServer.StartAsync();
        var settings = new TelegramOptions { BotToken = "42:abc", ApiBaseUrl = telegram.BaseUrl };
        using var http = new HttpClient();

        await Assert.ThrowsAsync<InvalidOperationException>(() =>
            TelegramWebhookRegistration.SetAsync(settings, new Uri("https://so-gd.example.vn/webhooks/telegram"), http, TestContext.Current.CancellationToken));

        Assert.Empty(telegram.Calls.Of("setWebhook"));
    }
}
