using Assistant.Core.Answers;
using Microsoft.Extensions.DependencyInjection;

namespace Assistant.Web.Tests.Chat;

public sealed class ReplacedAnswerTests
{
    [Fact]
    public async Task Stream_AnswerReplaced_SendsBothAnswerEventsAndRecordsTheLast()
    {
        await using var app = await RunningApp.StartAsync(configure: b => b.Services.AddSingleton<IAnswerer>(new CorrectingAnswerer()));

        using var response = await app.PostJsonAsync("/api/chat/stream", new { question = "Ai ký Quyết định 157?" });
        var events = await ServerSentEvents.ReadAllAsync(response);

        Assert.Equal(["delta", "delta", "answer", "answer", "done"], events.Select(e => e.Type));
        Assert.Equal(CorrectingAnswerer.Draft, events[2].Data.GetProperty("answer").GetString());
        Assert.Equal(CorrectingAnswerer.Corrected, events[3].Data.GetProperty("answer").GetString());
        Assert.Equal("llm-draft-failed", events[3].Data.GetProperty("fallbackReason").GetString());
        Assert.Equal(events[2].Data.GetProperty("id").GetString(), events[3].Data.GetProperty("id").GetString());

        await app.StopAsync();
        var recorded = Assert.Single(app.Query("SELECT answer, fallback_reason FROM turns"));
        Assert.Equal($"{CorrectingAnswerer.Corrected}|llm-draft-failed", string.Join("|", recorded));
    }

    [Fact]
    public async Task Stream_AnswererFailsMidway_EndsWithAVietnameseErrorEvent()
    {
        await using var app = await RunningApp.StartAsync(configure: b => b.Services.AddSingleton<IAnswerer>(new CorrectingAnswerer { FailMidway = true }));

        using var response = await app.PostJsonAsync("/api/chat/stream", new { question = "Ai ký Quyết định 157?" });
        var events = await ServerSentEvents.ReadAllAsync(response);

        Assert.Equal(["delta", "error"], events.Select(e => e.Type));
        var message = events[1].Data.GetProperty("message").GetString();
        Assert.Contains("Vui lòng thử lại", message);
        Assert.DoesNotContain("model connection dropped", message);
    }
}
