using Assistant.Evaluation.Ranking;
using Assistant.Evaluation.Timing;

namespace Assistant.Evaluation.Qa;

/// <summary>The headline figures of a QA run with one answerer.</summary>
/// <param name="Questions">Questions scored.</param>
/// <param name="Answerable">Questions the documents answer.</param>
/// <param name="Unanswerable">Questions marked <c>answerable:false</c>.</param>
/// <param name="Retrieval">hit@1, hit@5, MRR@10, nDCG@10 over the answerable questions.</param>
/// <param name="FactRate">Share of answerable questions answered (not refused) with the expected fact (every one on <c>two-questions</c> lines).</param>
/// <param name="CitationValidity">Share of answers (not refusals) whose every citation is found in its document.</param>
/// <param name="CitationPrecision">Share of the citations of answerable questions that are relevant passages.</param>
/// <param name="RefusalAccuracy">Share of unanswerable questions refused (the refusal recall; kept under its first name for the gate).</param>
/// <param name="RefusalPrecision">Share of refusals that were on unanswerable questions.</param>
/// <param name="FalseRefusalRate">Share of answerable questions refused.</param>
/// <param name="WrongAnswerRate">Share of answerable questions answered (not refused) without the expected fact: the worst outcome.</param>
/// <param name="PassRate">Share of items that passed (<see cref="QaItemResult.Passed"/>).</param>
/// <param name="Latency">Time per question.</param>
public sealed record QaMetrics(
    int Questions,
    int Answerable,
    int Unanswerable,
    RetrievalMetrics Retrieval,
    double FactRate,
    double CitationValidity,
    double CitationPrecision,
    double RefusalAccuracy,
    double RefusalPrecision,
    double FalseRefusalRate,
    double WrongAnswerRate,
    double PassRate,
    LatencySummary Latency)
{
    /// <summary>Share of unanswerable questions refused (same figure as <see cref="RefusalAccuracy"/>).</summary>
    public double RefusalRecall => RefusalAccuracy;

    /// <summary>Computes the metrics of a list of item results.</summary>
    public static QaMetrics From(IReadOnlyList<QaItemResult> items)
    {
        var answerable = items.Where(i => i.Gold.Answerable == true).ToList();
        var unanswerable = items.Where(i => i.Gold.Answerable != true).ToList();
        var answered = items.Where(i => !i.Answer.Refused).ToList();
        var refused = items.Where(i => i.Answer.Refused).ToList();
        var citedAnswerable = answerable.Where(i => !i.Answer.Refused).ToList();
        return new QaMetrics(
            items.Count,
            answerable.Count,
            unanswerable.Count,
            RetrievalMetrics.From([.. answerable.Select(i => i.Ranking)]),
            Ratio.Share(answerable, i => !i.Answer.Refused && i.StatesFact),
            Ratio.Share(answered, i => i.CitationsValid),
            Ratio.Of(citedAnswerable.Sum(i => i.RelevantCitations), citedAnswerable.Sum(i => i.Answer.Citations.Count)),
            Ratio.Share(unanswerable, i => i.Answer.Refused),
            Ratio.Share(refused, i => i.Gold.Answerable != true),
            Ratio.Share(answerable, i => i.Answer.Refused),
            Ratio.Share(answerable, i => i.IsWrongAnswer),
            Ratio.Share(items, i => i.Passed),
            LatencySummary.From(items.Select(i => i.Answer.ElapsedMs)));
    }
}
