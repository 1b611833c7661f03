using Assistant.Core.Conversations;

namespace Assistant.Answering.Tests.Llm.Fakes;

/// <summary>A rewriter registered before the model's: it marks what it rewrote so a test can see it was used.</summary>
public sealed class FixedRewriter : IQuestionRewriter
{
    /// <inheritdoc />
    public Task<string> RewriteAsync(string question, IReadOnlyList<ConversationTurn> history, CancellationToken cancellationToken = default) =>
        Task.FromResult("(quy tắc) " + question);
}
