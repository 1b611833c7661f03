using Assistant.Answering.Llm.Grounding;
using Assistant.Answering.Llm.Prompts;
using Assistant.Core.Answers;

namespace Assistant.Answering.Llm;

/// <summary>
/// Turns a model's text into the answer that stands: the model's, with its citations renumbered from 1, when it
/// passes the grounding checks; otherwise the extractive answer with the reason.
/// </summary>
public sealed class ModelAnswerReview
{
    private readonly GroundingChecker checker;

    /// <summary>Creates the review with its checker.</summary>
    public ModelAnswerReview(GroundingChecker checker) => this.checker = checker;

    /// <summary>The extractive answer standing in for a model answer, with why.</summary>
    public static Answer Fallback(Answer extractive, string reason) =>
        extractive with { Mode = AnswerMode.Extractive, FallbackReason = reason };

    /// <summary>Reviews <paramref name="modelText"/> written from <paramref name="passages"/>.</summary>
    public Answer Review(string modelText, IReadOnlyList<PromptPassage> passages, Answer extractive)
    {
        var result = checker.Check(modelText, passages.Select(p => p.Rendered).ToList());
        if (!result.Passed)
        {
            return Fallback(extractive, result.FailureReason!);
        }

        var renumber = result.Cited.Select((old, i) => (old, i + 1)).ToDictionary(p => p.old, p => p.Item2);
        return extractive with
        {
            Text = CitationMarkers.Renumber(modelText.Trim(), CitationMarkers.Find(modelText.Trim()), renumber),
            Refused = false,
            Mode = AnswerMode.Llm,
            FallbackReason = null,
            Citations = result.Cited.Select(n => passages[n - 1].ToCitation()).ToList(),
        };
    }
}
