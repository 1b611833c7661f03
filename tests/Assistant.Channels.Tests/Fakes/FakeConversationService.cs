using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Assistant.Core.Answers;
using Assistant.Core.Conversations;

namespace Assistant.Channels.Tests.Fakes;

/// <summary>Answers every question with <see cref="AnswerText"/> and one citation, and records what it was asked.</summary>
public sealed class FakeConversationService : IConversationService
{
    /// <summary>The answer text to give (a test may make it long or full of markup).</summary>
    public string AnswerText { get; set; } = "Theo Nghị quyết 71, đến năm 2030 phổ cập giáo dục mầm non cho trẻ từ 3 đến 5 tuổi.";

    /// <summary>How long answering takes (a test of what happens meanwhile sets it).</summary>
    public TimeSpan Delay { get; set; } = TimeSpan.Zero;

    /// <summary>Questions asked, in order.</summary>
    public ConcurrentQueue<(ConversationKey Key, string Question)> Asked { get; } = new();

    /// <inheritdoc />
    public async Task<ConversationReply> AskAsync(ConversationKey key, string question, CancellationToken cancellationToken = default)
    {
        Asked.Enqueue((key, question));
        if (Delay > TimeSpan.Zero)
        {
            await Task.Delay(Delay, cancellationToken);
        }

        var answer = new Answer
        {
            Question = question,
            Text = AnswerText,
            Citations = [new Citation("nq-71", "Mục II.1", "Nghị quyết 71-NQ/TW", "…")],
        };
        return new ConversationReply(key.Subject, 1, question, answer, []);
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<ReplyUpdate> StreamAsync(ConversationKey key, string question, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        yield return new ReplyFinal(await AskAsync(key, question, cancellationToken));
    }
}
