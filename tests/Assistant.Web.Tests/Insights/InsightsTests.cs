using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Assistant.Web.Tests.Review;
using Microsoft.Data.Sqlite;

namespace Assistant.Web.Tests.Insights;

/// <summary>The information gaps on the real host: questions asked on /api/chat, rated, then grouped by /api/insights/questions and the page.</summary>
public sealed class InsightsTests(ReviewSite site) : IClassFixture<ReviewSite>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Questions_ParaphrasesAskedAndRated_OneTopicWithCountsAndNoIdentity()
    {
        string[] asked =
        [
            "Ở Lạng Sơn, kinh phí truyền thông Nghị quyết 71 lấy từ đâu?",
            "lang son lay tien o dau de truyen thong nq71",
            "Lạng Sơn bảo đảm kinh phí cho truyền thông Nghị quyết 71 thế nào? sđt mình 0912345678",
        ];
        var answers = new List<JsonElement>();
        foreach (var question in asked)
        {
            answers.Add(await site.App.AskAsync(question));
        }

        using var down = await site.App.PostJsonAsync("/api/feedback", new
        {
            conversationId = answers[1].GetProperty("conversationId").GetString(),
            answerId = answers[1].GetProperty("id").GetString(),
            rating = "down",
            comment = "Chưa rõ, gọi lại cho tôi 0987654321",
        });
        Assert.Equal(HttpStatusCode.OK, down.StatusCode);
        await WaitForTurnsAsync(asked);

        var report = await ReviewSite.GetJsonAsync(site.ApiClient(ReviewSite.ReadKey), "/api/insights/questions?province=lang-son");
        var json = report.GetRawText();

        var topic = Assert.Single(report.GetProperty("topics").EnumerateArray(), t => t.GetProperty("count").GetInt32() == 3);
        Assert.Equal("lang-son", topic.GetProperty("province").GetString());
        Assert.Equal(1, topic.GetProperty("thumbsDown").GetInt32());
        Assert.Equal(3, topic.GetProperty("channels").GetProperty("web").GetInt32());
        Assert.Equal("Chưa rõ, gọi lại cho tôi ***", Assert.Single(topic.GetProperty("comments").EnumerateArray()).GetString());
        Assert.DoesNotContain("0912345678", json, StringComparison.Ordinal);
        Assert.DoesNotContain("0987654321", json, StringComparison.Ordinal);
        foreach (var answer in answers)
        {
            Assert.DoesNotContain(answer.GetProperty("conversationId").GetString()!, json, StringComparison.Ordinal);
        }

        var canTho = await ReviewSite.GetJsonAsync(await site.LoginAsync("ct"), "/api/insights/questions?province=lang-son");
        Assert.DoesNotContain(canTho.GetProperty("topics").EnumerateArray(), t => t.GetProperty("province").GetString() == "lang-son");
    }

    [Fact]
    public async Task Page_MarkHandled_TopicShownHandled()
    {
        string[] asked = ["Ở Quảng Ngãi, ai ký kế hoạch truyền thông Nghị quyết 71?", "ke hoach quang ngai ai ky vay"];
        foreach (var question in asked)
        {
            await site.App.AskAsync(question);
        }

        await WaitForTurnsAsync(asked);
        var admin = await site.LoginAsync("admin");
        var report = await ReviewSite.GetJsonAsync(admin, "/api/insights/questions?province=quang-ngai");
        var key = report.GetProperty("topics").EnumerateArray().First(t => t.GetProperty("count").GetInt32() == 2).GetProperty("key").GetString()!;

        using var marked = await ReviewSite.PostFormAsync(admin, "/review/insights?province=quang-ngai", "/review/insights/handled", new() { ["topic"] = key });
        var after = await ReviewSite.GetJsonAsync(admin, "/api/insights/questions?province=quang-ngai");
        var page = await admin.GetStringAsync("/review/insights?province=quang-ngai", Ct);

        Assert.Equal(HttpStatusCode.Redirect, marked.StatusCode);
        Assert.True(after.GetProperty("topics").EnumerateArray().Single(t => t.GetProperty("key").GetString() == key).GetProperty("handled").GetBoolean());
        Assert.Contains("Đã xử lý", page, StringComparison.Ordinal);
        Assert.Contains("Viết giải đáp chính thức", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Questions_BadDate_400InVietnamese()
    {
        using var response = await site.ApiClient(ReviewSite.ReadKey).GetAsync("/api/insights/questions?from=03/12/2026", Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("yyyy-MM-dd", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    /// <summary>Waits until the queued turns of <paramref name="asked"/> are in the SQLite file.</summary>
    private async Task WaitForTurnsAsync(IReadOnlyList<string> asked)
    {
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var list = string.Join(",", asked.Select(a => "'" + a.Replace("'", "''", StringComparison.Ordinal) + "'"));
        while (Count($"SELECT COUNT(*) FROM turns WHERE asked IN ({list})") != asked.Count)
        {
            await Task.Delay(50, limit.Token);
        }
    }

    private long Count(string sql)
    {
        var path = Path.Combine(site.Data.FullName, "conversations.db");
        if (!File.Exists(path))
        {
            return 0;
        }

        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
