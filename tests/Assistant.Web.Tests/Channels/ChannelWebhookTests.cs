using System.Net;
using System.Text;

namespace Assistant.Web.Tests.Channels;

public sealed class ChannelWebhookTests
{
    [Fact]
    public async Task Webhooks_NoChannelSettings_HostStartsAndWebhooksAreOff()
    {
        await using var app = await RunningApp.StartAsync();

        using var telegram = await app.PostRawAsync("/webhooks/telegram", "{}");
        using var zalo = await app.PostRawAsync("/webhooks/zalo", "{}");
        using var botFramework = await app.PostRawAsync("/api/messages", "{}");

        Assert.Equal(HttpStatusCode.NotFound, telegram.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, zalo.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, botFramework.StatusCode);
    }

    [Fact]
    public async Task Webhooks_ChannelsConfigured_MappedWithSecretChecksAndProblemJson()
    {
        await using var app = await RunningApp.StartAsync(new Dictionary<string, string>
        {
            ["Channels:Telegram:Enabled"] = "true",
            ["Channels:Telegram:BotToken"] = "42:abc",
            ["Channels:Telegram:SecretToken"] = "bi-mat",
            ["Channels:Telegram:ApiBaseUrl"] = "http://127.0.0.1:9",
            ["Channels:Zalo:Enabled"] = "true",
            ["Channels:Zalo:AppId"] = "123",
            ["Channels:Zalo:AppSecret"] = "s",
            ["Channels:Zalo:OaSecretKey"] = "k",
            ["Channels:Zalo:RefreshToken"] = "r",
            ["Channels:Zalo:OpenApiBaseUrl"] = "http://127.0.0.1:9",
            ["Channels:Zalo:OAuthBaseUrl"] = "http://127.0.0.1:9",
            ["Channels:BotFramework:Enabled"] = "true",
            ["Channels:BotFramework:AppId"] = "5f0c1b8e-3a4d-4e6f-9b2a-7c8d9e0f1a2b",
            ["Channels:BotFramework:AppPassword"] = "p",
            ["Channels:BotFramework:OpenIdMetadataUrl"] = "http://127.0.0.1:9/v1/.well-known/openidconfiguration",
            ["Channels:BotFramework:TokenEndpoint"] = "http://127.0.0.1:9/token",
        });

        using var wrongSecret = await SendAsync(app, "/webhooks/telegram", "{\"update_id\":1}", "X-Telegram-Bot-Api-Secret-Token", "sai");
        using var malformed = await SendAsync(app, "/webhooks/telegram", "{không phải json", "X-Telegram-Bot-Api-Secret-Token", "bi-mat");
        using var unsigned = await app.PostRawAsync("/webhooks/zalo", "{}");
        using var noBearer = await app.PostRawAsync("/api/messages", "{}");

        Assert.Equal(HttpStatusCode.Forbidden, wrongSecret.StatusCode);
        Assert.Equal("application/problem+json", wrongSecret.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Mã xác thực không đúng.", await wrongSecret.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal(HttpStatusCode.BadRequest, malformed.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, unsigned.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, noBearer.StatusCode);
        Assert.Equal("application/problem+json", noBearer.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task TelegramWebhook_UpdateLargerThanChatLimit_Accepted()
    {
        await using var app = await RunningApp.StartAsync(new Dictionary<string, string>
        {
            ["Limits:MaxRequestBodyBytes"] = "16384",
            ["Channels:Telegram:Enabled"] = "true",
            ["Channels:Telegram:BotToken"] = "42:abc",
            ["Channels:Telegram:SecretToken"] = "bi-mat",
            ["Channels:Telegram:ApiBaseUrl"] = "http://127.0.0.1:9",
        });
        var text = string.Concat(Enumerable.Repeat("Nghị quyết về đột phá phát triển giáo dục và đào tạo. ", 400));
        var update = $$$"""{"update_id":77,"message":{"message_id":1,"date":1763899200,"chat":{"id":5,"type":"private"},"text":"{{{text}}}"}}""";

        using var response = await SendAsync(app, "/webhooks/telegram", update, "X-Telegram-Bot-Api-Secret-Token", "bi-mat");

        Assert.True(Encoding.UTF8.GetByteCount(update) > 16384);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    private static Task<HttpResponseMessage> SendAsync(RunningApp app, string path, string body, string header, string value)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add(header, value);
        return app.Client.SendAsync(request, TestContext.Current.CancellationToken);
    }
}
