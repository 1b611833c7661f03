using System.Net;
using System.Net.Http.Json;

namespace Assistant.Web.Tests.Chat;

public sealed class ChatStreamTests(AppFixture fixture)
{
    private RunningApp App => fixture.App;

    [Fact]
    public async Task Stream_Question_SendsDeltasThenAnswerThenDone()
    {
        using var response = await App.PostJsonAsync("/api/chat/stream", new { question = "Ai ký Quyết định 157/QĐ-TTg?" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType?.MediaType);
        var events = await ServerSentEvents.ReadAllAsync(response);
        var types = events.Select(e => e.Type).ToList();
        var firstAnswer = types.IndexOf("answer");
        Assert.True(firstAnswer > 0, string.Join(",", types));
        Assert.All(types[..firstAnswer], t => Assert.Equal("delta", t));
        Assert.Equal("done", types[^1]);
        Assert.All(types[firstAnswer..^1], t => Assert.Equal("answer", t));

        var streamed = string.Concat(events.Where(e => e.Type == "delta").Select(e => e.Data.GetProperty("text").GetString()));
        var answer = events[firstAnswer].Data;
        Assert.Equal(answer.GetProperty("answer").GetString()!.Trim(), streamed.Trim());
        Assert.Contains("Lê Thành Long", streamed);
        Assert.NotEmpty(answer.GetProperty("citations").EnumerateArray());
        Assert.Equal(answer.GetProperty("conversationId").GetString(), events[^1].Data.GetProperty("conversationId").GetString());
    }

    [Fact]
    public async Task Stream_AndChat_GiveTheSameAnswer()
    {
        const string question = "Ở Cần Thơ, cơ quan nào phát hiện thông tin sai lệch về giáo dục?";
        var plain = await App.AskAsync(question);
        using var response = await App.PostJsonAsync("/api/chat/stream", new { question });

        var answer = (await ServerSentEvents.ReadAllAsync(response)).Last(e => e.Type == "answer").Data;

        Assert.Equal(plain.GetProperty("answer").GetString(), answer.GetProperty("answer").GetString());
        Assert.Equal(plain.GetProperty("citations").GetRawText(), answer.GetProperty("citations").GetRawText());
    }

    [Fact]
    public async Task Stream_EmptyQuestion_IsA400ProblemNotAStream()
    {
        using var response = await App.PostJsonAsync("/api/chat/stream", new { question = "  " });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>(TestContext.Current.CancellationToken);
        Assert.Contains("câu hỏi", problem.GetProperty("detail").GetString());
    }
}
