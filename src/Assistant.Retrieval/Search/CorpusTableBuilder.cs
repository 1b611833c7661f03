using System.Diagnostics;
using Assistant.Core.Retrieval;
using Microsoft.Extensions.Logging;

namespace Assistant.Retrieval.Search;

/// <summary>
/// Builds every registered <see cref="ICorpusTables"/> over the documents the retriever serves: after the index is loaded
/// at start (the web host's warm-up) and after each reload (<see cref="ReloadableCorpusIndex"/>), so no question pays for them.
/// </summary>
public sealed class CorpusTableBuilder(LuceneRetriever retriever, IEnumerable<ICorpusTables> tables, ILogger<CorpusTableBuilder> logger)
{
    /// <summary>Builds the tables of every library over the documents served now (loading the index first if it is not yet).</summary>
    public void Build()
    {
        var started = Stopwatch.GetTimestamp();
        var documents = retriever.Documents;
        foreach (var table in tables)
        {
            table.Build(documents);
        }

        logger.LogInformation("Corpus tables built in {ElapsedMs:F0} ms", Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }
}
