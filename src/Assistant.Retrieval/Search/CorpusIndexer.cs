using System.Diagnostics;
using Assistant.Core.Configuration;
using Assistant.Core.Provinces;
using Assistant.Retrieval.Corpus;
using Assistant.Retrieval.Index;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Assistant.Retrieval.Search;

/// <summary>
/// Loads the corpus folder and (re)builds the search index from it; a file that cannot be read is logged
/// and left out, the rest is indexed.
/// </summary>
public sealed class CorpusIndexer(
    IOptions<CorpusOptions> corpus,
    IOptions<RetrievalOptions> retrieval,
    IOptions<IndexOptions> index,
    IOptions<DataOptions> data,
    ProvinceDirectory provinces,
    CorpusLoader loader,
    ILogger<CorpusIndexer> logger)
{
    /// <summary>
    /// Builds a retriever over the current corpus folder; with <see cref="IndexOptions.Persist"/>, its index is the one kept
    /// in the data folder, brought up to date.
    /// </summary>
    public LuceneRetriever BuildRetriever()
    {
        var started = Stopwatch.GetTimestamp();
        var documents = Load();
        var retriever = new LuceneRetriever(Builder(), documents, provinces, retrieval);
        logger.LogInformation(
            "Indexed {DocumentCount} documents, {PassageCount} passages in {ElapsedMs:F0} ms",
            documents.Count,
            retriever.PassageCount,
            Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return retriever;
    }

    /// <summary>Reloads the corpus folder into <paramref name="retriever"/>; searches in flight finish on the old index.</summary>
    public void Reload(LuceneRetriever retriever)
    {
        var started = Stopwatch.GetTimestamp();
        var documents = Load();
        retriever.Replace(documents);
        logger.LogInformation(
            "Reindexed {DocumentCount} documents in {ElapsedMs:F0} ms",
            documents.Count,
            Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }

    private IPassageIndexBuilder Builder() => index.Value.Persist
        ? new IndexFolder(Path.Combine(data.Value.FullPath, index.Value.Folder), TimeSpan.FromSeconds(index.Value.WriteLockTimeoutSeconds), logger)
        : MemoryIndexBuilder.Instance;

    private IReadOnlyList<Core.Documents.ParsedDocument> Load()
    {
        var result = loader.LoadAll(corpus.Value.DocumentsPath);
        foreach (var error in result.Errors)
        {
            logger.LogError("Corpus file left out: {FilePath}: {Problem}", error.FilePath, error.Problem);
        }

        return result.Documents;
    }
}
