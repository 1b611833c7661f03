using System.Text.Json.Nodes;
using Assistant.Channels.Tests.Fakes;

namespace Assistant.Channels.Tests.BotFramework;

/// <summary>A fake Bot Framework login and Bot Connector, and a channels host whose Bot Framework channel uses them.</summary>
internal sealed class BotFrameworkScenario : IAsyncDisposable
{
    public const string AppId = "5f0c1b8e-3a4d-4e6f-9b2a-7c8d9e0f1a2b";
    public const string AppPassword = "mat-khau-ung-dung~123";
    public const string Path = "/api/messages";

    private readonly List<string> _files = [];

    private BotFrameworkScenario(FakeBotFrameworkLogin login, FakeBotConnector connector, ChannelsHost host, FakeConversationService conversations)
    {
        Login = login;
        Connector = connector;
        Host = host;
        Conversations = conversations;
    }

    public FakeBotFrameworkLogin Login { get; }

    public FakeBotConnector Connector { get; }

    public ChannelsHost Host { get; }

    public FakeConversationService Conversations { get; }

    /// <summary>Deletes <paramref name="file"/> when the scenario ends.</summary>
    public void CleanUp(string file) => _files.Add(file);

    public static async Task<BotFrameworkScenario> StartAsync(Action<Dictionary<string, string?>>? configure = null)
    {
        var login = await FakeBotFrameworkLogin.StartAsync(AppId, AppPassword);
        var connector = await FakeBotConnector.StartAsync(login.Issued);
        var settings = Settings(login);
        settings["Channels:BotFramework:RetryBackoffSeconds"] = "0.01";
        settings["Channels:BotFramework:TypingIntervalSeconds"] = "0.2";
        configure?.Invoke(settings);
        var conversations = new FakeConversationService();
        var host = await ChannelsHost.StartAsync(settings, conversations);
        return new BotFrameworkScenario(login, connector, host, conversations);
    }

    /// <summary>The settings that turn the channel on against <paramref name="login"/>.</summary>
    public static Dictionary<string, string?> Settings(FakeBotFrameworkLogin login) => new()
    {
        ["Channels:BotFramework:Enabled"] = "true",
        ["Channels:BotFramework:AppId"] = AppId,
        ["Channels:BotFramework:AppPassword"] = AppPassword,
        ["Channels:BotFramework:OpenIdMetadataUrl"] = login.MetadataUrl,
        ["Channels:BotFramework:TokenEndpoint"] = login.TokenEndpoint,
    };

    /// <summary>
    /// The activity in <c>TestData/botframework/{name}.json</c> addressed to the fake connector, with
    /// <paramref name="id"/> and optionally another channel and text.
    /// </summary>
    public JsonObject Activity(string name, string? id = null, string? channelId = null, string? text = null)
    {
        var json = JsonNode.Parse(File.ReadAllText(System.IO.Path.Combine(AppContext.BaseDirectory, "TestData", "botframework", name + ".json")))!.AsObject();
        json["serviceUrl"] = Connector.ServiceUrl;
        if (id is not null)
        {
            json["id"] = id;
        }

        if (channelId is not null)
        {
            json["channelId"] = channelId;
        }

        if (text is not null)
        {
            json["text"] = text;
        }

        return json;
    }

    /// <summary>A web chat message with <paramref name="id"/> (and optionally another channel and text).</summary>
    public JsonObject Message(string id, string? channelId = null, string? text = null) => Activity("webchat_message", id, channelId, text);

    /// <summary>Posts <paramref name="activity"/> with a correctly signed token for its service URL.</summary>
    public Task<HttpResponseMessage> DeliverAsync(JsonObject activity) =>
        DeliverAsync(activity.ToJsonString(), Login.CreateToken(Connector.ServiceUrl));

    /// <summary>Posts <paramref name="body"/> with <paramref name="token"/> as the bearer token.</summary>
    public Task<HttpResponseMessage> DeliverAsync(string body, string token) =>
        Host.PostAsync(Path, body, ("Authorization", "Bearer " + token));

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        await Connector.DisposeAsync();
        await Login.DisposeAsync();
        foreach (var file in _files)
        {
            File.Delete(file);
        }
    }
}
