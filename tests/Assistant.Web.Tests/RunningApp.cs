using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Assistant.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Assistant.Web.Tests;

/// <summary>The real web host on Kestrel at 127.0.0.1 (a free port), with its own temporary data folder.</summary>
public sealed class RunningApp : IAsyncDisposable
{
    private RunningApp(WebApplication app, DirectoryInfo data, Uri address)
    {
        App = app;
        Data = data;
        Client = new HttpClient { BaseAddress = address };
    }

    /// <summary>The running application.</summary>
    public WebApplication App { get; }

    /// <summary>Its data folder (SQLite file, salt).</summary>
    public DirectoryInfo Data { get; }

    /// <summary>A client for its address.</summary>
    public HttpClient Client { get; }

    /// <summary>Path of the SQLite file.</summary>
    public string DatabasePath => Path.Combine(Data.FullName, "conversations.db");

    /// <summary>Starts the app with configuration overrides and service changes, and waits until /readyz says ready (unless told not to).</summary>
    public static async Task<RunningApp> StartAsync(IReadOnlyDictionary<string, string>? settings = null, Action<WebApplicationBuilder>? configure = null, bool waitUntilReady = true)
    {
        var data = Directory.CreateTempSubdirectory("assistant-web-tests-");
        var values = new Dictionary<string, string>
        {
            ["urls"] = "http://127.0.0.1:0",
            ["Data:Directory"] = data.FullName,
            ["Logging:LogLevel:Default"] = "Warning",
            ["RateLimiting:PermitLimit"] = "100000",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            values[key] = value;
        }

        var app = AssistantWebApplication.Create(values.Select(pair => $"--{pair.Key}={pair.Value}").ToArray(), configure);
        await app.StartAsync(TestContext.Current.CancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var running = new RunningApp(app, data, new Uri(address));
        if (waitUntilReady)
        {
            await running.WaitUntilReadyAsync();
        }

        return running;
    }

    /// <summary>POSTs <paramref name="body"/> as JSON.</summary>
    public Task<HttpResponseMessage> PostJsonAsync(string path, object body) =>
        Client.PostAsJsonAsync(path, body, TestContext.Current.CancellationToken);

    /// <summary>POSTs raw text with a content type.</summary>
    public Task<HttpResponseMessage> PostRawAsync(string path, string body, string contentType = "application/json") =>
        Client.PostAsync(path, new StringContent(body, Encoding.UTF8, contentType), TestContext.Current.CancellationToken);

    /// <summary>Asks a question on <c>/api/chat</c> and returns the JSON answer.</summary>
    public async Task<JsonElement> AskAsync(string question, string? conversationId = null, bool includePassages = false)
    {
        using var response = await PostJsonAsync("/api/chat", new { question, conversationId, includePassages });
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
    }

    /// <summary>Stops the host gracefully (queued turns are written).</summary>
    public Task StopAsync() => App.StopAsync(CancellationToken.None);

    /// <summary>Runs a query on the SQLite file and returns the rows as string arrays.</summary>
    public List<string?[]> Query(string sql)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = DatabasePath, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var rows = new List<string?[]>();
        while (reader.Read())
        {
            rows.Add(Enumerable.Range(0, reader.FieldCount).Select(i => reader.IsDBNull(i) ? null : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture)).ToArray());
        }

        return rows;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await App.StopAsync(CancellationToken.None);
        await App.DisposeAsync();
        SqliteConnection.ClearAllPools();
        try
        {
            Data.Delete(recursive: true);
        }
        catch (IOException)
        {
            // A file still held open only leaves a temporary folder behind.
        }
    }

    private async Task WaitUntilReadyAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            using var response = await Client.GetAsync("/readyz", TestContext.Current.CancellationToken);
            if (response.IsSuccessStatusCode)
            {
                return;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException("The app did not become ready within 60 s.");
            }

            await Task.Delay(50, TestContext.Current.CancellationToken);
        }
    }
}
