using System.Net.Http.Json;
using System.Text.Json;

namespace Assistant.Web.Tests.Corpus;

public sealed class CorpusReloadTests : IDisposable
{
    private const string Question = "Học sinh nộp đơn đăng ký tham quan bảo tàng bằng mẫu đơn màu gì?";

    private const string NewDocument = """
        ---
        id: hoi-dap-tham-quan
        title: Hỏi đáp về tham quan bảo tàng của học sinh
        issuer: Sở Giáo dục và Đào tạo
        kind: hoi-dap
        ---
        1. Học sinh nộp đơn đăng ký tham quan bảo tàng bằng mẫu đơn màu xanh lam tại văn phòng nhà trường.
        """;

    private readonly DirectoryInfo corpus = CorpusFolder.Create("assistant-corpus-", withDocuments: true);

    [Fact]
    public async Task Corpus_FileAddedThenRemoved_IsPickedUpWithoutRestart()
    {
        await using var app = await RunningApp.StartAsync(new Dictionary<string, string>
        {
            ["Corpus:Directory"] = corpus.FullName,
            ["CorpusWatch:DebounceMilliseconds"] = "100",
        });
        var before = await ReadyAsync(app);
        var documents = Path.Combine(corpus.FullName, "documents");

        await File.WriteAllTextAsync(Path.Combine(documents, "hoi-dap-tham-quan.md"), NewDocument, TestContext.Current.CancellationToken);
        var added = await WaitForVersionAsync(app, before.Version + 1);

        Assert.Equal(before.Documents + 1, added.Documents);
        var answer = await app.AskAsync(Question);
        Assert.Contains("xanh lam", answer.GetProperty("answer").GetString());
        Assert.Equal("hoi-dap-tham-quan", answer.GetProperty("citations")[0].GetProperty("doc").GetString());

        File.Delete(Path.Combine(documents, "hoi-dap-tham-quan.md"));
        var removed = await WaitForVersionAsync(app, added.Version + 1);

        Assert.Equal(before.Documents, removed.Documents);
        var after = await app.AskAsync(Question);
        Assert.DoesNotContain(after.GetProperty("citations").EnumerateArray(), c => c.GetProperty("doc").GetString() == "hoi-dap-tham-quan");
    }

    public void Dispose() => corpus.Delete(recursive: true);

    private static async Task<(int Documents, int Version)> ReadyAsync(RunningApp app)
    {
        var body = await app.Client.GetFromJsonAsync<JsonElement>("/readyz", TestContext.Current.CancellationToken);
        return (body.GetProperty("documents").GetInt32(), body.GetProperty("indexVersion").GetInt32());
    }

    /// <summary>Polls /readyz until the index version reaches <paramref name="version"/> (bounded, not a timing assertion).</summary>
    private static async Task<(int Documents, int Version)> WaitForVersionAsync(RunningApp app, int version)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            var ready = await ReadyAsync(app);
            if (ready.Version >= version)
            {
                return ready;
            }

            Assert.True(DateTime.UtcNow < deadline, $"index version stayed {ready.Version}, expected {version}");
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }
    }
}
