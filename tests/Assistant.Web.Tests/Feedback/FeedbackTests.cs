using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Assistant.Web.Tests.Feedback;

public sealed class FeedbackTests(AppFixture fixture)
{
    private RunningApp App => fixture.App;

    [Fact]
    public async Task Feedback_ByAnswerId_IsStoredInSqlite()
    {
        var answer = await App.AskAsync("Ai ký Quyết định 157/QĐ-TTg?");
        var answerId = answer.GetProperty("id").GetString();

        using var response = await App.PostJsonAsync("/api/feedback", new
        {
            conversationId = answer.GetProperty("conversationId").GetString(),
            answerId,
            rating = "down",
            comment = "Thiếu ngày ký",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.Contains("Cảm ơn", body.GetProperty("message").GetString());
        var row = Assert.Single(App.Query($"SELECT turn, rating, comment FROM feedback WHERE answer_id = '{answerId}'"));
        Assert.Equal("1|down|Thiếu ngày ký", string.Join("|", row));
    }

    [Fact]
    public async Task Feedback_ByTurn_IsStoredWithThatTurnsAnswerId()
    {
        var first = await App.AskAsync("Ai ký Quyết định 157/QĐ-TTg?");
        var id = first.GetProperty("conversationId").GetString();
        var second = await App.AskAsync("Nghị quyết 71-NQ/TW được ban hành ngày nào?", id);

        using var response = await App.PostJsonAsync("/api/feedback", new { conversationId = id, turn = 2, rating = "up" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var row = Assert.Single(App.Query($"SELECT rating, comment FROM feedback WHERE answer_id = '{second.GetProperty("id").GetString()}'"));
        Assert.Equal("up|", string.Join("|", row));
    }

    [Fact]
    public async Task Feedback_UnknownConversation_Is404InVietnamese()
    {
        using var response = await App.PostJsonAsync("/api/feedback", new { conversationId = "khongcocuoctrochuyennay", turn = 1, rating = "up" });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.Contains("Không tìm thấy", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Feedback_BadRating_Is400InVietnamese()
    {
        var answer = await App.AskAsync("Ai ký Quyết định 157/QĐ-TTg?");

        using var response = await App.PostJsonAsync("/api/feedback", new { conversationId = answer.GetProperty("conversationId").GetString(), turn = 1, rating = "5 sao" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.Contains("Đánh giá", problem.GetProperty("detail").GetString());
    }
}
