using Assistant.Core.Answers;

namespace Assistant.Evaluation.Qa;

/// <summary>How one gold question fared.</summary>
/// <param name="Gold">The gold question.</param>
/// <param name="Answer">What the system answered.</param>
/// <param name="FirstRelevantRank">1-based rank of the first relevant passage, or null.</param>
/// <param name="StatesFact">The answer contains one of the facts (answerable questions).</param>
/// <param name="CitationsValid">Every cited text is found in its document.</param>
public sealed record QaItemResult(GoldQuestion Gold, Answer Answer, int? FirstRelevantRank, bool StatesFact, bool CitationsValid)
{
    /// <summary>True when the item counts as right: answered with the fact, or refused when unanswerable.</summary>
    public bool Passed => Gold.Answerable == true ? !Answer.Refused && StatesFact && CitationsValid : Answer.Refused;

    /// <summary>Why the item failed, in a few words, or null.</summary>
    public string? Failure => Passed ? null
        : Gold.Answerable != true ? "answered an unanswerable question"
        : Answer.Refused ? "refused an answerable question"
        : !CitationsValid ? "a citation is not in the corpus"
        : FirstRelevantRank is null ? "relevant passage not retrieved; fact missing"
        : "fact missing from the answer";
}
