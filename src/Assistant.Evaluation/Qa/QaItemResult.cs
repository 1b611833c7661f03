using Assistant.Core.Answers;
using Assistant.Evaluation.Ranking;

namespace Assistant.Evaluation.Qa;

/// <summary>How one gold question fared with one answerer.</summary>
/// <param name="Gold">The gold question.</param>
/// <param name="Answer">What the system answered.</param>
/// <param name="Ranking">Relevance of the retrieved passages, best first.</param>
/// <param name="StatesFact">The answer states the expected facts (answerable questions; see <see cref="GoldMatching.StatesFact"/>).</param>
/// <param name="CitationsValid">Every cited text is found in its document.</param>
/// <param name="RelevantCitations">Citations that are relevant passages (from an evidence document, holding its text).</param>
public sealed record QaItemResult(GoldQuestion Gold, Answer Answer, RankedRelevance Ranking, bool StatesFact, bool CitationsValid, int RelevantCitations)
{
    /// <summary>1-based rank of the first relevant passage, or null.</summary>
    public int? FirstRelevantRank => Ranking.FirstRelevantRank;

    /// <summary>True for the worst outcome: an answerable question answered (not refused) without the expected fact.</summary>
    public bool IsWrongAnswer => Gold.Answerable == true && !Answer.Refused && !StatesFact;

    /// <summary>True when the item counts as right: answered with the fact and valid citations, or refused when unanswerable.</summary>
    public bool Passed => Gold.Answerable == true ? !Answer.Refused && StatesFact && CitationsValid : Answer.Refused;

    /// <summary>Why the item failed, in a few Vietnamese words for policy staff, or null.</summary>
    public string? Failure => Passed ? null
        : Gold.Answerable != true ? "trả lời câu hỏi mà văn bản không trả lời được (lẽ ra phải từ chối)"
        : Answer.Refused ? "từ chối câu hỏi có câu trả lời trong văn bản"
        : !CitationsValid ? "có trích dẫn không tìm thấy trong văn bản"
        : FirstRelevantRank is null ? "không tìm được đoạn văn liên quan; câu trả lời thiếu ý đúng"
        : "câu trả lời thiếu ý đúng dù đã tìm được đoạn liên quan";
}
