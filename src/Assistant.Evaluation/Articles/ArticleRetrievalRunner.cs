using Assistant.Core.Retrieval;
using Assistant.Evaluation.Peer;
using Microsoft.Extensions.Options;

namespace Assistant.Evaluation.Articles;

/// <summary>
/// Runs an article benchmark's questions through our retriever and, in the same run, the FTS5 peer over the same
/// passages, and ranks the articles each one found.
/// </summary>
public sealed class ArticleRetrievalRunner(TimeProvider time, IOptions<EvaluationOptions> options)
{
    /// <summary>Searches every question with both; progress counts questions done.</summary>
    /// <param name="benchmark">The laws and questions.</param>
    /// <param name="ours">Our retriever, built over <see cref="ArticleBenchmark.Documents"/>.</param>
    /// <param name="progress">Receives the number of questions searched.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    public ArticleRetrievalRun Run(ArticleBenchmark benchmark, IRetriever ours, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        var depth = options.Value.ArticleSearchDepth;
        using var peer = FtsPassageIndex.Build(benchmark.Documents);
        var items = new List<ArticleItemResult>(benchmark.Questions.Count);
        foreach (var question in benchmark.Questions)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var started = time.GetTimestamp();
            var found = ours.Search(question.Text!, depth).Hits;
            var oursMs = time.GetElapsedTime(started).TotalMilliseconds;
            started = time.GetTimestamp();
            var peerFound = peer.Search(question.Text!, depth);
            var peerMs = time.GetElapsedTime(started).TotalMilliseconds;
            items.Add(new ArticleItemResult(
                question,
                RankedArticles.Of(found.Select(h => (h.Passage.DocId, h.Passage.Section)), question.Relevant),
                oursMs,
                RankedArticles.Of(peerFound.Select(p => (p.DocId, p.Section)), question.Relevant),
                peerMs));
            progress?.Report(items.Count);
        }

        return new ArticleRetrievalRun(benchmark, items);
    }
}
