using Assistant.Core.Documents;
using Assistant.Evaluation.Qa;

namespace Assistant.Evaluation.Peer;

/// <summary>Runs the gold questions through the FTS5 peer over the same passages and ranks its results.</summary>
public sealed class PeerEvaluator(IReadOnlyList<ParsedDocument> documents, TimeProvider time)
{
    /// <summary>Passages retrieved per question, as for our search.</summary>
    public const int Top = 10;

    private readonly GoldMatching matching = new(documents);

    /// <summary>Searches every question; results in input order; progress counts searched questions.</summary>
    public IReadOnlyList<PeerItemResult> Run(IReadOnlyList<GoldQuestion> questions, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        using var index = FtsPassageIndex.Build(documents);
        var results = new List<PeerItemResult>(questions.Count);
        foreach (var gold in questions)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var started = time.GetTimestamp();
            var found = index.Search(gold.Question!, Top);
            var elapsed = time.GetElapsedTime(started).TotalMilliseconds;
            results.Add(new PeerItemResult(gold, matching.Rank(found.Select(p => (p.DocId, p.Text)), gold), elapsed));
            progress?.Report(results.Count);
        }

        return results;
    }
}
