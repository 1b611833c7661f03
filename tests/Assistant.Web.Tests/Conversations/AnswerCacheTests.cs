using System.Runtime.CompilerServices;
using Assistant.Core.Answers;
using Microsoft.Extensions.DependencyInjection;

namespace Assistant.Web.Tests.Conversations;

public sealed class AnswerCacheTests
{
    [Fact]
    public async Task Chat_SameQuestionTwice_IsAnsweredOnceAndStreamedFromTheCache()
    {
        var answerer = new CountingAnswerer();
        await using var app = await RunningApp.StartAsync(configure: b => b.Services.AddSingleton<IAnswerer>(answerer));

        var first = await app.AskAsync("Ai ký Quyết định 157/QĐ-TTg?");
        var second = await app.AskAsync("  ai ký quyết định 157/QĐ-TTg? ");
        using var response = await app.PostJsonAsync("/api/chat/stream", new { question = "Ai ký Quyết định 157/QĐ-TTg?" });
        var events = await ServerSentEvents.ReadAllAsync(response);

        Assert.Equal(1, answerer.Calls);
        Assert.Equal(first.GetProperty("answer").GetString(), second.GetProperty("answer").GetString());
        Assert.NotEqual(first.GetProperty("id").GetString(), second.GetProperty("id").GetString());
        Assert.Equal(["delta", "answer", "done"], events.Select(e => e.Type));
        Assert.Equal(first.GetProperty("answer").GetString(), events[1].Data.GetProperty("answer").GetString());
    }

    [Fact]
    public async Task Chat_CacheSizeZero_AnswersEveryTime()
    {
        var answerer = new CountingAnswerer();
        await using var app = await RunningApp.StartAsync(
            new Dictionary<string, string> { ["Chat:AnswerCacheSize"] = "0" },
            b => b.Services.AddSingleton<IAnswerer>(answerer));

        await app.AskAsync("Ai ký Quyết định 157/QĐ-TTg?");
        await app.AskAsync("Ai ký Quyết định 157/QĐ-TTg?");

        Assert.Equal(2, answerer.Calls);
    }

    private sealed class CountingAnswerer : IAnswerer
    {
        private int calls;

        public int Calls => Volatile.Read(ref calls);

        public Task<Answer> AnswerAsync(string question, CancellationToken cancellationToken = default)
        {
            var call = Interlocked.Increment(ref calls);
            return Task.FromResult(new Answer { Question = question, Text = $"Câu trả lời lần {call}." });
        }

        public async IAsyncEnumerable<AnswerUpdate> StreamAsync(string question, [EnumeratorCancellation] CancellationToken cancellationToken = default)
        {
            var answer = await AnswerAsync(question, cancellationToken);
            yield return new AnswerTextDelta(answer.Text);
            yield return new AnswerFinal(answer);
        }
    }
}
