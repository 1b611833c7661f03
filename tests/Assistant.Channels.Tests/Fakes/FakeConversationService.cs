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

    /// <summary>Questions asked, in order.</summary>
    public ConcurrentQueue<(ConversationKey Key, string Question)> Asked { get; } = new();

    /// <inheritdoc />
    public Task<ConversationReply> AskAsync(ConversationKey key, string question, CancellationToken cancellationToken = default)
    {
        Asked.Enqueue((key, question));
        var answer = new Answer
        {
            Question = question,
            Text = AnswerText,
            Citations = [new Citation("nq-71", "Mục II.1", "Nghị quyết 71-NQ/TW", "…")],
        };
        return Task.FromResult(new ConversationReply(key.Subject, 1, question, answer, []));
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<ReplyUpdate> StreamAsync(ConversationKey key, string question, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        yield return new ReplyFinal(await AskAsync(key, question, cancellationToken));
    }
}
