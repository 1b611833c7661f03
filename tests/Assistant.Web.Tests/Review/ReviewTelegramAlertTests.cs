using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Assistant.Channels.Tests.Fakes;
using Assistant.Core.Monitoring;
using Assistant.Review.Accounts;
using Assistant.Review.Alerts;
using Assistant.Web.Review;
using Microsoft.Extensions.DependencyInjection;

namespace Assistant.Web.Tests.Review;

/// <summary>Review alerts through the real Telegram.Bot client against the channels' fake Bot API server on 127.0.0.1.</summary>
public sealed class ReviewTelegramAlertTests : IAsyncLifetime
{
    private const string Key = "canh-bao-ghi-0123456789abcdef";
    private const string Dashboard = "https://tro-ly.example.vn";
    private FakeTelegramServer telegram = null!;
    private RunningApp app = null!;
    private int posts;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        telegram = await FakeTelegramServer.StartAsync();
        app = await RunningApp.StartAsync(new Dictionary<string, string>
        {
            ["Channels:Telegram:Enabled"] = "true",
            ["Channels:Telegram:BotToken"] = "123456:TEST-token_abc",
            ["Channels:Telegram:SecretToken"] = "bi-mat_webhook",
            ["Channels:Telegram:ApiBaseUrl"] = telegram.BaseUrl,
            ["Review:PublicBaseUrl"] = Dashboard,
            ["Review:AlertRisk"] = "0.8",
            ["Api:Keys:0:Name"] = "ghi",
            ["Api:Keys:0:Key"] = Key,
            ["Api:Keys:0:Scopes:0"] = "review:write",
        });
        var accounts = app.App.Services.GetRequiredService<AccountService>();
        Assert.Null(await accounts.AddAsync("ct", "mat-khau-can-tho", ReviewRoles.Spokesperson, "can-tho", null, "5551234", Ct));
        Assert.Null(await accounts.AddAsync("ct2", "mat-khau-can-tho-2", ReviewRoles.Spokesperson, "can-tho", null, "5559999", Ct));
        Assert.Null(await accounts.AddAsync("ls", "mat-khau-lang-son", ReviewRoles.Spokesperson, "lang-son", null, null, Ct));
    }

    public async ValueTask DisposeAsync()
    {
        await app.DisposeAsync();
        await telegram.DisposeAsync();
    }

    [Fact]
    public void Alerts_TelegramConfigured_AreSentThroughTelegram()
    {
        Assert.IsType<TelegramReviewAlerts>(app.App.Services.GetRequiredService<IReviewAlerts>());
    }

    [Fact]
    public async Task Assign_HighRiskItem_SendsOneMessageToTheAccountsChatWithALink()
    {
        var id = await SubmitAsync("Cần Thơ chỉ yêu cầu 50% cán bộ quản lý được bồi dưỡng kỹ năng truyền thông về Nghị quyết 71", 0.95);

        var created = Assert.Single(await telegram.Calls.WaitForAsync("sendMessage", 1));
        Assert.Equal(5551234, (long)created.Body["chat_id"]!);
        var text = (string)created.Body["text"]!;
        Assert.Contains($"mục #{id}", text, StringComparison.Ordinal);
        Assert.Contains("Rủi ro: 95%", text, StringComparison.Ordinal);
        Assert.Contains("Tỉnh/thành phố: Cần Thơ", text, StringComparison.Ordinal);
        Assert.Contains("Cần Thơ chỉ yêu cầu 50% cán bộ quản lý", text, StringComparison.Ordinal);
        Assert.Contains($"{Dashboard}/review/items/{id}", text, StringComparison.Ordinal);

        using var assigned = await AssignAsync(id, "ct2");

        Assert.Equal(HttpStatusCode.OK, assigned.StatusCode);
        var calls = await telegram.Calls.WaitForAsync("sendMessage", 2);
        Assert.Equal([5551234L, 5559999L], calls.Select(c => (long)c.Body["chat_id"]!));
    }

    [Fact]
    public async Task Assign_LowRiskOrAccountWithoutChat_SendsNothing()
    {
        await SubmitAsync("Lạng Sơn bỏ toàn bộ kế hoạch truyền thông Nghị quyết 71 từ tháng này", 0.95);
        var low = await SubmitAsync("Ở Cần Thơ học sinh phải đóng thêm phí truyền thông cho nhà trường", 0.6);
        using (var reassigned = await AssignAsync(low, "ct2"))
        {
            Assert.Equal(HttpStatusCode.OK, reassigned.StatusCode);
        }

        // One worker sends notices in order: a wrongly queued alert above would arrive before this one.
        var high = await SubmitAsync("Cần Thơ dừng tuyển dụng giáo viên mầm non trong ba năm tới", 0.9);

        var sent = Assert.Single(await telegram.Calls.WaitForAsync("sendMessage", 1));
        Assert.Contains($"mục #{high}", (string)sent.Body["text"]!, StringComparison.Ordinal);
        Assert.Single(telegram.Calls.Of("sendMessage"));
    }

    [Fact]
    public async Task Assign_TelegramRefusesTheAlert_AssignmentStandsAndLaterAlertsGoOut()
    {
        telegram.FailNextWith("sendMessage", 400, "Bad Request: chat not found");
        var id = await SubmitAsync("Cần Thơ sáp nhập toàn bộ trường tiểu học vào trường trung học cơ sở", 0.92);

        using var assigned = await AssignAsync(id, "ct2");

        Assert.Equal(HttpStatusCode.OK, assigned.StatusCode);
        var item = await assigned.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal("ct2", item.GetProperty("item").GetProperty("assignedTo").GetString());
        var calls = await telegram.Calls.WaitForAsync("sendMessage", 2);
        Assert.Equal(5559999, (long)calls[1].Body["chat_id"]!);
    }

    private async Task<long> SubmitAsync(string text, double risk)
    {
        var external = $"alert-{Interlocked.Increment(ref posts)}";
        await app.App.Services.GetRequiredService<IReviewQueue>().SubmitAsync(
            new Post("api", external, text),
            new ScoredPost { Id = external, Label = "misinformation", Score = risk, Flagged = true, Reasons = ["Bài viết khác văn bản chính thức"] },
            Ct);
        var items = await GetAsync("/api/review/items");
        return items.EnumerateArray().Select(i => i.GetProperty("item"))
            .Single(i => i.GetProperty("posts").EnumerateArray().Any(p => p.GetProperty("externalId").GetString() == external))
            .GetProperty("id").GetInt64();
    }

    private async Task<HttpResponseMessage> AssignAsync(long id, string login)
    {
        var item = await GetAsync($"/api/review/items/{id}");
        var version = item.GetProperty("item").GetProperty("version").GetInt64();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/review/items/{id}/assign") { Content = JsonContent.Create(new { version, login }) };
        request.Headers.Add("X-Api-Key", Key);
        return await app.Client.SendAsync(request, Ct);
    }

    private async Task<JsonElement> GetAsync(string path)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("X-Api-Key", Key);
        using var response = await app.Client.SendAsync(request, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).Clone();
    }
}
