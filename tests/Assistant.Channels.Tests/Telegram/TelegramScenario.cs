using System.Text.Json.Nodes;
using Assistant.Channels.Tests.Fakes;

namespace Assistant.Channels.Tests.Telegram;

/// <summary>A fake Bot API server and a channels host whose bot talks to it.</summary>
internal sealed class TelegramScenario : IAsyncDisposable
{
    public const string Secret = "bi-mat_webhook_123";
    public const string Token = "123456:TEST-token_abc";

    private TelegramScenario(FakeTelegramServer telegram, ChannelsHost host, FakeConversationService conversations, FakePostIntake intake)
    {
        Telegram = telegram;
        Host = host;
        Conversations = conversations;
        Intake = intake;
    }

    public FakeTelegramServer Telegram { get; }

    public ChannelsHost Host { get; }

    public FakeConversationService Conversations { get; }

    public FakePostIntake Intake { get; }

    public static async Task<TelegramScenario> StartAsync(
        string mode = "Webhook",
        Action<Dictionary<string, string?>>? configure = null,
        FakeTelegramServer? server = null)
    {
        var telegram = server ?? await FakeTelegramServer.StartAsync();
        var settings = new Dictionary<string, string?>
        {
            ["Channels:Telegram:Enabled"] = "true",
            ["Channels:Telegram:BotToken"] = Token,
            ["Channels:Telegram:SecretToken"] = Secret,
            ["Channels:Telegram:Mode"] = mode,
            ["Channels:Telegram:ApiBaseUrl"] = telegram.BaseUrl,
            ["Channels:Telegram:PollingTimeoutSeconds"] = "1",
        };
        configure?.Invoke(settings);
        var conversations = new FakeConversationService();
        var intake = new FakePostIntake();
        var host = await ChannelsHost.StartAsync(settings, conversations, intake);
        return new TelegramScenario(telegram, host, conversations, intake);
    }

    /// <summary>Posts <paramref name="update"/> to the webhook with the right secret.</summary>
    public Task<HttpResponseMessage> DeliverAsync(JsonObject update) =>
        Host.PostAsync("/webhooks/telegram", update.ToJsonString(), ("X-Telegram-Bot-Api-Secret-Token", Secret));

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        await Telegram.DisposeAsync();
    }
}
