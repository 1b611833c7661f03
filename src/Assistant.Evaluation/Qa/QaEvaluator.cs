using Assistant.Core.Answers;
using Assistant.Core.Documents;

namespace Assistant.Evaluation.Qa;

/// <summary>Runs gold questions through an answerer and scores retrieval, facts, citations and refusals.</summary>
public sealed class QaEvaluator(IAnswerer answerer, IReadOnlyList<ParsedDocument> documents)
{
    private readonly GoldMatching matching = new(documents);

    /// <summary>Answers every question and returns the per-item results, in input order; progress counts answered questions.</summary>
    public async Task<IReadOnlyList<QaItemResult>> RunAsync(IReadOnlyList<GoldQuestion> questions, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        var results = new List<QaItemResult>(questions.Count);
        foreach (var gold in questions)
        {
            var answer = await answerer.AnswerAsync(gold.Question!, cancellationToken);
            results.Add(Score(gold, answer with { Id = gold.Id }));
            progress?.Report(results.Count);
        }

        return results;
    }

    /// <summary>Scores one answer against its gold question.</summary>
    public QaItemResult Score(GoldQuestion gold, Answer answer) => new(
        gold,
        answer,
        matching.Rank(answer.Passages.Select(p => (p.Doc, p.Text)), gold),
        GoldMatching.StatesFact(answer.Text, gold),
        answer.Citations.All(matching.IsValid),
        answer.Citations.Count(c => GoldMatching.IsRelevant(c.Doc, c.Text, gold)));
}
