using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Assistant.Web.Tests.Operations;

public sealed class RateLimitTests
{
    [Fact]
    public async Task Chat_ClientPastItsRate_Gets429WithRetryAfterInVietnamese()
    {
        await using var app = await RunningApp.StartAsync(new Dictionary<string, string>
        {
            ["RateLimiting:PermitLimit"] = "3",
            ["RateLimiting:WindowSeconds"] = "600",
        });

        for (var i = 0; i < 3; i++)
        {
            await app.AskAsync("Ai ký Quyết định 157/QĐ-TTg?");
        }

        using var response = await app.PostJsonAsync("/api/chat", new { question = "Ai ký Quyết định 157/QĐ-TTg?" });

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        var retryAfter = response.Headers.RetryAfter?.Delta;
        Assert.NotNull(retryAfter);
        Assert.InRange(retryAfter.Value.TotalSeconds, 1, 600);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.Contains("quá nhiều câu hỏi", problem.GetProperty("detail").GetString());
        using var health = await app.Client.GetAsync("/healthz", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
    }
}
