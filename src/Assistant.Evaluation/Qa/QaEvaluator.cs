using Assistant.Core.Answers;
using Assistant.Core.Documents;

namespace Assistant.Evaluation.Qa;

/// <summary>Runs gold questions through an answerer and scores retrieval, facts, citations and refusals.</summary>
public sealed class QaEvaluator(IAnswerer answerer, IReadOnlyList<ParsedDocument> documents)
{
    private readonly GoldMatching matching = new(documents);

    /// <summary>Answers every question and returns the per-item results, in input order.</summary>
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

    private QaItemResult Score(GoldQuestion gold, Answer answer)
    {
        int? rank = null;
        for (var i = 0; i < answer.Passages.Count && rank is null; i++)
        {
            if (GoldMatching.IsRelevant(answer.Passages[i].Doc, answer.Passages[i].Text, gold))
            {
                rank = i + 1;
            }
        }

        return new QaItemResult(
            gold,
            answer,
            rank,
            GoldMatching.StatesFact(answer.Text, gold.Facts),
            answer.Citations.All(matching.IsValid));
    }
}
