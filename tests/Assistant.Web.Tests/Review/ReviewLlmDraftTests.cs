using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Assistant.Answering.Tests.Llm.Fakes;
using Assistant.Core.Monitoring;
using Microsoft.Extensions.DependencyInjection;

namespace Assistant.Web.Tests.Review;

/// <summary>Draft replies written by the model (a fake OpenAI-compatible server on 127.0.0.1) and checked like answers.</summary>
public sealed class ReviewLlmDraftTests
{
    private const string Key = "ban-nhap-ghi-0123456789abcdef";
    private const string Claim = "Ở Cần Thơ, Sở Tài chính không phối hợp tham mưu kinh phí thực hiện kế hoạch truyền thông Nghị quyết 71";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Draft_ModelTextPassesTheGroundingCheck_IsStoredWithItsSources()
    {
        await using var model = await FakeChatServer.StartAsync();
        model.Enqueue(FakeReply.Text("Kế hoạch của thành phố giao Sở Tài chính phối hợp tham mưu kinh phí thực hiện Kế hoạch [1]."));
        await using var app = await StartAsync(model);

        var draft = await GenerateDraftAsync(app);

        Assert.Equal(1, model.RequestCount);
        Assert.StartsWith("Theo văn bản chính thức: Kế hoạch của thành phố giao Sở Tài chính phối hợp tham mưu kinh phí thực hiện Kế hoạch [1].", draft, StringComparison.Ordinal);
        Assert.Contains("là không đúng sự thật.", draft, StringComparison.Ordinal);
        Assert.Matches(@"Nguồn: \[1\] [^\n]+, mục [^\n]+ \([a-z0-9-]+\)", draft);
    }

    [Fact]
    public async Task Draft_ModelStatesANumberNoPassageHas_ExtractiveDraftInstead()
    {
        await using var model = await FakeChatServer.StartAsync();
        model.Enqueue(FakeReply.Text("Sở Tài chính chỉ cấp 999 triệu đồng cho kế hoạch này [1]."));
        await using var app = await StartAsync(model);

        var draft = await GenerateDraftAsync(app);

        Assert.Equal(1, model.RequestCount);
        Assert.DoesNotContain("999", draft, StringComparison.Ordinal);
        Assert.Matches(@"^Theo [^\n]+, mục [^\n]+: ""[^\n]+"" \[1\]", draft);
    }

    private static Task<RunningApp> StartAsync(FakeChatServer model) => RunningApp.StartAsync(new Dictionary<string, string>
    {
        ["Llm:Endpoint"] = model.Endpoint,
        ["Llm:Model"] = "test-model",
        ["Llm:TimeoutSeconds"] = "10",
        ["Llm:BudgetSeconds"] = "20",
        ["Llm:MaxRetries"] = "0",
        ["Api:Keys:0:Name"] = "ghi",
        ["Api:Keys:0:Key"] = Key,
        ["Api:Keys:0:Scopes:0"] = "review:write",
    });

    private static async Task<string> GenerateDraftAsync(RunningApp app)
    {
        await app.App.Services.GetRequiredService<IReviewQueue>().SubmitAsync(
            new Post("api", "ban-nhap-1", Claim),
            new ScoredPost { Id = "ban-nhap-1", Label = "misinformation", Score = 0.9, Flagged = true },
            Ct);
        var item = Assert.Single((await SendAsync(app, HttpMethod.Get, "/api/review/items", null)).EnumerateArray()).GetProperty("item");
        var id = item.GetProperty("id").GetInt64();
        var judged = await SendAsync(app, HttpMethod.Post, $"/api/review/items/{id}/verdict", new { version = item.GetProperty("version").GetInt64(), verdict = "sai_su_that" });
        var drafted = await SendAsync(app, HttpMethod.Post, $"/api/review/items/{id}/draft", new { version = judged.GetProperty("item").GetProperty("version").GetInt64() });
        return drafted.GetProperty("item").GetProperty("draft").GetString()!;
    }

    private static async Task<JsonElement> SendAsync(RunningApp app, HttpMethod method, string path, object? body)
    {
        using var request = new HttpRequestMessage(method, path) { Content = body is null ? null : JsonContent.Create(body) };
        request.Headers.Add("X-Api-Key", Key);
        using var response = await app.Client.SendAsync(request, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).Clone();
    }
}
