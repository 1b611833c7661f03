using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace Assistant.Web.Tests.Posts;

public sealed class PostsEndpointTests : IAsyncLifetime
{
    private const string WriterKey = "writer-key-0123456789abcdef";
    private const string ReaderKey = "reader-key-0123456789abcdef";
    private RunningApp app = null!;

    public async ValueTask InitializeAsync() => app = await RunningApp.StartAsync(new Dictionary<string, string>
    {
        ["Api:Keys:0:Name"] = "crawler",
        ["Api:Keys:0:Key"] = WriterKey,
        ["Api:Keys:0:Scopes:0"] = "posts:write",
        ["Api:Keys:1:Name"] = "dashboard",
        ["Api:Keys:1:Key"] = ReaderKey,
        ["Api:Keys:1:Scopes:0"] = "posts:read",
        // no model and no training data: these tests look at intake only, the worker leaves posts unscored
        ["Monitoring:Classifier:TrainingDataPath"] = "no-such-file.jsonl",
    });

    public async ValueTask DisposeAsync() => await app.DisposeAsync();

    private async Task<HttpResponseMessage> SendAsync(string? key, string body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/posts") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        if (key is not null)
        {
            request.Headers.Add("X-Api-Key", key);
        }

        return await app.Client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    private long StoredPosts()
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(app.Data.FullName, "posts.db")};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM posts";
        return (long)command.ExecuteScalar()!;
    }

    [Fact]
    public async Task Posts_NoKey_Returns401VietnameseProblem()
    {
        using var response = await SendAsync(null, """[{"externalId":"1","text":"NQ71 bị bãi bỏ"}]""");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.Contains("khóa API", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Posts_KeyWithoutWriteScope_Returns403()
    {
        using var response = await SendAsync(ReaderKey, """[{"externalId":"1","text":"NQ71 bị bãi bỏ"}]""");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("posts:write", (await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken)).GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Posts_ValidBatchSentTwice_StoredOnce()
    {
        const string body = """[{"externalId":"a1","text":"NQ71 bị bãi bỏ","author":"x","likes":3},{"source":"fb","externalId":"a1","text":"Quyết định 157 ký ngày 20/01/2026"}]""";

        using var first = await SendAsync(WriterKey, body);
        using var second = await SendAsync(WriterKey, body);

        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        var answer = await second.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.Equal(2, answer.GetProperty("accepted").GetInt32());
        Assert.Equal(0, answer.GetProperty("new").GetInt32());
        Assert.Equal(2, StoredPosts());
    }

    [Fact]
    public async Task Posts_MalformedItems_400NamesIndexesAndStoresTheRest()
    {
        var huge = new string('a', 1024 * 1024 + 1);
        var body = $$"""[{"externalId":"ok","text":"Nghị quyết 71 ban hành ngày 22/8/2025"},{"externalId":"no-text"},{"externalId":"big","text":"{{huge}}"},42]""";

        using var response = await SendAsync(WriterKey, body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.Equal([1, 2, 3], problem.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("index").GetInt32()));
        Assert.Contains("bài số 1", problem.GetProperty("detail").GetString());
        Assert.Equal(1, problem.GetProperty("accepted").GetInt32());
        Assert.Equal(1, StoredPosts());
    }

    [Fact]
    public async Task Posts_BadJson_400AndNothingStored()
    {
        using var response = await SendAsync(WriterKey, """[{"externalId":"x","text":"a"},""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, StoredPosts());
    }

    [Theory]
    [InlineData("\"likes\":-1")]
    [InlineData("\"shares\":1500000000")]
    [InlineData("\"comments\":-5")]
    [InlineData("\"likes\":\"5\"")]
    [InlineData("\"shares\":1e30")]
    [InlineData("\"likes\":2.5")]
    public async Task Posts_BadCounts_400AndNotStored(string count)
    {
        var body = $$"""[{"externalId":"c1","text":"Nghị quyết 71 bị hủy bỏ",{{count}}},{"externalId":"c2","text":"Nghị quyết 71 ban hành ngày 22/8/2025","likes":12}]""";

        using var response = await SendAsync(WriterKey, body);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.Equal([0], problem.GetProperty("errors").EnumerateArray().Select(e => e.GetProperty("index").GetInt32()));
        Assert.Equal(1, StoredPosts());
    }
}
