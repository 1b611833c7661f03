using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Assistant.Web.Tests.Health;

public sealed class HealthTests(AppFixture fixture)
{
    private RunningApp App => fixture.App;

    [Fact]
    public async Task Healthz_Running_IsOk()
    {
        var body = await App.Client.GetFromJsonAsync<JsonElement>("/healthz", TestContext.Current.CancellationToken);

        Assert.Equal("ok", body.GetProperty("status").GetString());
    }

    [Fact]
    public async Task Readyz_IndexLoaded_ReportsDocumentsAndVersion()
    {
        var body = await App.Client.GetFromJsonAsync<JsonElement>("/readyz", TestContext.Current.CancellationToken);

        Assert.Equal("ready", body.GetProperty("status").GetString());
        var files = Directory.GetFiles(new Core.Configuration.CorpusOptions().DocumentsPath)
            .Count(f => Path.GetExtension(f) is ".md" or ".txt" or ".docx");
        Assert.Equal(files, body.GetProperty("documents").GetInt32());
        Assert.True(body.GetProperty("indexVersion").GetInt32() >= 1);
    }

    [Fact]
    public async Task Readyz_NoDocuments_StaysUnready()
    {
        var corpus = Corpus.CorpusFolder.Create("assistant-empty-corpus-", withDocuments: false);
        await using var empty = await RunningApp.StartAsync(new Dictionary<string, string> { ["Corpus:Directory"] = corpus.FullName }, waitUntilReady: false);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 20; i++)
        {
            using var response = await empty.Client.GetAsync("/readyz", TestContext.Current.CancellationToken);
            statuses.Add(response.StatusCode);
            await Task.Delay(100, TestContext.Current.CancellationToken);
        }

        Assert.All(statuses, s => Assert.Equal(HttpStatusCode.ServiceUnavailable, s));
        corpus.Delete(recursive: true);
    }

    [Fact]
    public async Task OpenApi_Document_DescribesTheChatApi()
    {
        var document = await App.Client.GetFromJsonAsync<JsonElement>("/openapi/v1.json", TestContext.Current.CancellationToken);

        Assert.StartsWith("3.", document.GetProperty("openapi").GetString());
        var paths = document.GetProperty("paths");
        foreach (var path in new[] { "/api/chat", "/api/chat/stream", "/api/feedback", "/healthz", "/readyz" })
        {
            Assert.True(paths.TryGetProperty(path, out _), $"missing {path}");
        }

        Assert.True(document.GetProperty("components").GetProperty("schemas").TryGetProperty("ChatRequest", out _));
    }

    [Fact]
    public async Task Page_Root_ServesTheVietnameseChatPageWithoutExternalAssets()
    {
        using var response = await App.Client.GetAsync("/", TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("lang=\"vi\"", html);
        Assert.Contains("văn bản chính thức", html);
        Assert.DoesNotContain("http://", html);
        Assert.DoesNotContain("https://", html);
        Assert.Contains("default-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single());
        using var script = await App.Client.GetAsync("/app.js", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
    }
}
