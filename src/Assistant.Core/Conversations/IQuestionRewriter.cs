namespace Assistant.Core.Conversations;

/// <summary>
/// Turns a follow-up ("còn Hải Phòng thì sao?", "ai ký văn bản đó?") into a standalone question using the
/// earlier turns of the conversation; a question that already stands alone is returned unchanged.
/// </summary>
public interface IQuestionRewriter
{
    /// <summary>The standalone form of <paramref name="question"/>.</summary>
    Task<string> RewriteAsync(string question, IReadOnlyList<ConversationTurn> history, CancellationToken cancellationToken = default);
}
