using Assistant.Answering.Understanding;
using Assistant.Core.Conversations;
using Assistant.Core.Provinces;

namespace Assistant.Answering.Conversation;

/// <summary>
/// Rewrites the two follow-ups citizens use most, without a model: "còn Hải Phòng thì sao?" becomes the previous
/// question asked of Hải Phòng, and "văn bản đó" / "kế hoạch này" becomes the short name of the document cited last.
/// Anything else is returned unchanged. The follow-up is read with its chat writing corrected first ("còn hp thì sao z").
/// </summary>
public sealed class RuleBasedQuestionRewriter(ProvinceDirectory provinces, QuestionUnderstanding understanding) : IQuestionRewriter
{
    private readonly ProvinceFollowUp provinceFollowUp = new(provinces);

    /// <inheritdoc />
    public Task<string> RewriteAsync(string question, IReadOnlyList<ConversationTurn> history, CancellationToken cancellationToken = default) =>
        Task.FromResult(Rewrite(question, history));

    /// <summary>The standalone form of <paramref name="question"/> given the earlier turns, oldest first.</summary>
    public string Rewrite(string question, IReadOnlyList<ConversationTurn> history)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(history);
        if (history.Count == 0)
        {
            return question;
        }

        var text = understanding.NormalizeWriting(question);
        return provinceFollowUp.Rewrite(text, history[^1].Question)
            ?? DocumentReference.Rewrite(text, LastCitedName(history))
            ?? question;
    }

    private static string? LastCitedName(IReadOnlyList<ConversationTurn> history)
    {
        for (var i = history.Count - 1; i >= 0; i--)
        {
            var citations = history[i].Answer.Citations;
            if (citations.Count > 0 && (string.IsNullOrWhiteSpace(citations[0].ShortTitle) ? citations[0].Title : citations[0].ShortTitle) is { } name
                && !string.IsNullOrWhiteSpace(name))
            {
                return name.Trim();
            }
        }

        return null;
    }
}
