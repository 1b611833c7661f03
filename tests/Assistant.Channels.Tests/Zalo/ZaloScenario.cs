using System.Text.Json.Nodes;
using Assistant.Channels.Tests.Fakes;
using Assistant.Channels.Zalo;

namespace Assistant.Channels.Tests.Zalo;

/// <summary>A fake Zalo server, a data folder and a channels host whose OA talks to the fake.</summary>
internal sealed class ZaloScenario : IAsyncDisposable
{
    public const string AppId = "360846524940903967";
    public const string AppSecret = "app-secret-xyz";
    public const string OaSecretKey = "oa-secret-key-123";
    public const string UserId = "246845883529197922";

    private readonly Dictionary<string, string?> _settings;

    private ZaloScenario(FakeZaloServer zalo, ChannelsHost host, FakeConversationService conversations, string dataDirectory, Dictionary<string, string?> settings)
    {
        Zalo = zalo;
        Host = host;
        Conversations = conversations;
        DataDirectory = dataDirectory;
        _settings = settings;
    }

    public FakeZaloServer Zalo { get; }

    public ChannelsHost Host { get; private set; }

    public FakeConversationService Conversations { get; }

    public string DataDirectory { get; }

    /// <summary>
    /// Starts with the configured pair (<paramref name="configuredAccess"/>, <paramref name="configuredRefresh"/>) and a
    /// server accepting (<paramref name="serverAccess"/>, <paramref name="serverRefresh"/>); <paramref name="prepare"/>
    /// may write into the data folder before the host starts.
    /// </summary>
    public static async Task<ZaloScenario> StartAsync(
        string configuredAccess = "AT-seed",
        string configuredRefresh = "RT-seed",
        string? serverAccess = null,
        string? serverRefresh = null,
        Action<Dictionary<string, string?>>? configure = null,
        Func<string, Task>? prepare = null)
    {
        var data = Path.Combine(Path.GetTempPath(), "assistant-channels-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(data);
        if (prepare is not null)
        {
            await prepare(data);
        }

        var zalo = await FakeZaloServer.StartAsync(AppSecret, serverAccess ?? configuredAccess, serverRefresh ?? configuredRefresh);
        var settings = new Dictionary<string, string?>
        {
            ["Data:Directory"] = data,
            ["Channels:Zalo:Enabled"] = "true",
            ["Channels:Zalo:AppId"] = AppId,
            ["Channels:Zalo:AppSecret"] = AppSecret,
            ["Channels:Zalo:OaSecretKey"] = OaSecretKey,
            ["Channels:Zalo:AccessToken"] = configuredAccess,
            ["Channels:Zalo:RefreshToken"] = configuredRefresh,
            ["Channels:Zalo:OpenApiBaseUrl"] = zalo.BaseUrl,
            ["Channels:Zalo:OAuthBaseUrl"] = zalo.BaseUrl,
            ["Channels:Zalo:RateLimitBackoffSeconds"] = "0.01",
            ["Channels:Zalo:Workers"] = "1",
        };
        configure?.Invoke(settings);
        var conversations = new FakeConversationService();
        var host = await ChannelsHost.StartAsync(settings, conversations);
        return new ZaloScenario(zalo, host, conversations, data, settings);
    }

    /// <summary>Stops the host and starts a new one on the same data folder and settings.</summary>
    public async Task RestartAsync()
    {
        await Host.DisposeAsync();
        Host = await ChannelsHost.StartAsync(_settings, Conversations);
    }

    /// <summary>
    /// The event in <c>TestData/zalo/{name}.json</c> with <paramref name="messageId"/>, as raw text, stamped now (or
    /// <paramref name="at"/>) in Unix milliseconds as Zalo does.
    /// </summary>
    public static string Event(string name, string messageId, string? text = null, DateTimeOffset? at = null)
    {
        var json = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "zalo", name + ".json")))!.AsObject();
        json["timestamp"] = (at ?? DateTimeOffset.UtcNow).ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        json["message"]!["msg_id"] = messageId;
        if (text is not null)
        {
            json["message"]!["text"] = text;
        }

        return json.ToJsonString();
    }

    /// <summary>Signs <paramref name="raw"/> as Zalo would, with the body's timestamp.</summary>
    public static string Sign(string raw, bool withPrefix = true)
    {
        var timestamp = JsonNode.Parse(raw)!["timestamp"]!.ToString();
        var mac = ZaloSignature.Compute(AppId, raw, timestamp, OaSecretKey);
        return withPrefix ? "mac=" + mac : mac;
    }

    /// <summary>Posts a correctly signed event.</summary>
    public Task<HttpResponseMessage> DeliverAsync(string raw) =>
        Host.PostAsync("/webhooks/zalo", raw, ("X-ZEvent-Signature", Sign(raw)));

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        await Zalo.DisposeAsync();
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
