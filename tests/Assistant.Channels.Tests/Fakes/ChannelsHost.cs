using System.Net.Http.Headers;
using System.Text;
using Assistant.Core.Conversations;
using Assistant.Core.Monitoring;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Assistant.Channels.Tests.Fakes;

/// <summary>
/// A real web host on 127.0.0.1 with the channels registered and their webhooks mapped, a fake conversation service
/// behind them and the given settings; the same two calls the web host makes (<c>AddChannels</c>, <c>MapChannelWebhooks</c>).
/// Without a <c>Data:Directory</c> setting the host gets a data folder of its own, deleted with it.
/// </summary>
public sealed class ChannelsHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly string? _ownData;

    private ChannelsHost(WebApplication app, HttpClient client, string? ownData)
    {
        _app = app;
        Client = client;
        _ownData = ownData;
    }

    /// <summary>Client for the host.</summary>
    public HttpClient Client { get; }

    /// <summary>The host's services.</summary>
    public IServiceProvider Services => _app.Services;

    /// <summary>Starts a host with <paramref name="settings"/>.</summary>
    public static async Task<ChannelsHost> StartAsync(
        IDictionary<string, string?> settings,
        FakeConversationService conversations,
        IPostIntake? intake = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        string? ownData = null;
        if (!settings.ContainsKey("Data:Directory"))
        {
            ownData = Directory.CreateTempSubdirectory("channels-host-").FullName;
            settings = new Dictionary<string, string?>(settings) { ["Data:Directory"] = ownData };
        }

        builder.Configuration.AddInMemoryCollection(settings);
        builder.Services.AddSingleton<IConversationService>(conversations);
        if (intake is not null)
        {
            builder.Services.AddSingleton(intake);
        }

        builder.Services.AddChannels(builder.Configuration);
        var app = builder.Build();
        app.MapChannelWebhooks();
        await app.StartAsync();
        return new ChannelsHost(app, new HttpClient { BaseAddress = new Uri(app.Urls.First()) }, ownData);
    }

    /// <summary>Posts <paramref name="body"/> as JSON to <paramref name="path"/> with the given headers.</summary>
    public Task<HttpResponseMessage> PostAsync(string path, string body, params (string Name, string Value)[] headers)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body, Encoding.UTF8) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        foreach (var (name, value) in headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        return Client.SendAsync(request);
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
        if (_ownData is not null)
        {
            Directory.Delete(_ownData, recursive: true);
        }
    }
}
