using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Assistant.Core.Monitoring;
using Assistant.Core.Storage;
using Assistant.Monitoring.Intake;
using Assistant.Review.Accounts;
using Microsoft.Extensions.DependencyInjection;

namespace Assistant.Web.Tests.Review;

/// <summary>
/// The feedback loop through the whole host: a spokesperson's verdict on a queued claim, then a new post repeating it sent
/// to <c>POST /api/posts</c>, scored by the background worker with the real classifier and matcher, and queued.
/// </summary>
public sealed class VerdictFeedbackEndToEndTests
{
    private const string Key = "phan-hoi-0123456789abcdefgh";
    private const string Claim = "Cần Thơ bắt buộc mỗi học sinh nộp 500 nghìn đồng để tuyên truyền Nghị quyết 71 về giáo dục";
    private const string Repeat = "can tho bat buoc moi hoc sinh nop 500 nghin dong de tuyen truyen nghi quyet 71 ve giao duc!!! chia se ngay";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task NewPost_RepeatsAClaimJudgedFalse_IsMatchedFlaggedAndQueuedWithThatVerdict()
    {
        await using var app = await RunningApp.StartAsync(new Dictionary<string, string>
        {
            ["Api:Keys:0:Name"] = "he-thong",
            ["Api:Keys:0:Key"] = Key,
            ["Api:Keys:0:Scopes:0"] = "posts:write",
            ["Api:Keys:0:Scopes:1"] = "review:write",
            // the real classifier trained from corpus/posts at start, in a smaller feature space so the test stays short
            ["Monitoring:Classifier:HashBits"] = "14",
            ["Monitoring:Classifier:CalibrationFolds"] = "2",
        });
        Assert.Null(await app.App.Services.GetRequiredService<AccountService>().AddAsync("ct", "mat-khau-can-tho", ReviewRoles.Spokesperson, "can-tho", null, null, Ct));
        await app.App.Services.GetRequiredService<IReviewQueue>().SubmitAsync(
            new Post("api", "goc-1", Claim),
            new ScoredPost { Id = "goc-1", Label = "misinformation", Score = 0.7, Flagged = true, Reasons = ["Mô hình phân loại đánh giá khả năng là thông tin sai lệch: 70%"] },
            Ct);
        var item = Assert.Single((await GetAsync(app, "/api/review/items")).EnumerateArray()).GetProperty("item");
        var id = item.GetProperty("id").GetInt64();
        using (var verdict = await PostAsync(app, $"/api/review/items/{id}/verdict", new { version = item.GetProperty("version").GetInt64(), verdict = "sai_su_that", note = "Kế hoạch của Cần Thơ không thu khoản tiền nào của học sinh." }))
        {
            Assert.Equal(HttpStatusCode.OK, verdict.StatusCode);
        }

        using (var sent = await PostAsync(app, "/api/posts", new[] { new { externalId = "lap-lai-1", text = Repeat } }))
        {
            Assert.Equal(HttpStatusCode.Accepted, sent.StatusCode);
        }

        var scored = await WaitForScoreAsync(app, "lap-lai-1");
        Assert.NotNull(scored.KnownClaim);
        Assert.Equal($"review-{id}", scored.KnownClaim.Id);
        Assert.Equal("sai_su_that", scored.KnownClaim.Verdict);
        Assert.InRange(scored.KnownClaim.Similarity, 0.8, 1.0);
        Assert.True(scored.Flagged);
        Assert.Contains(scored.Reasons, r => r.Contains("sai sự thật", StringComparison.Ordinal) && r.Contains("không thu khoản tiền", StringComparison.Ordinal));
        var queued = (await GetAsync(app, "/api/review/items")).EnumerateArray().Select(i => i.GetProperty("item"))
            .Single(i => i.GetProperty("posts").EnumerateArray().Any(p => p.GetProperty("externalId").GetString() == "lap-lai-1"));
        Assert.Equal("sai_su_that", queued.GetProperty("verdict").GetString());
    }

    private static async Task<ScoredPost> WaitForScoreAsync(RunningApp app, string externalId)
    {
        var store = app.App.Services.GetRequiredService<IPostStore>();
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (true)
        {
            if (await store.FindScoredAsync("api", externalId, Ct) is { } scored)
            {
                return scored;
            }

            Assert.True(DateTime.UtcNow < deadline, $"Post {externalId} was not scored within 120 s.");
            await Task.Delay(100, Ct);
        }
    }

    private static async Task<JsonElement> GetAsync(RunningApp app, string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("X-Api-Key", Key);
        using var response = await app.Client.SendAsync(request, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).Clone();
    }

    private static Task<HttpResponseMessage> PostAsync(RunningApp app, string path, object body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        request.Headers.Add("X-Api-Key", Key);
        return app.Client.SendAsync(request, Ct);
    }
}
