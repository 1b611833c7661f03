using Assistant.Core.Retrieval;

namespace Assistant.Retrieval.Search;

/// <summary>
/// <see cref="IReloadableIndex"/> over the shared <see cref="LuceneRetriever"/>: a reload reads the documents folder
/// again and swaps a new index in (<see cref="LuceneRetriever.Replace"/>); searches in flight finish on the old one.
/// Reloads run one at a time, off the caller's thread; each is followed by the corpus tables of every library (<see cref="CorpusTableBuilder"/>).
/// </summary>
public sealed class ReloadableCorpusIndex(CorpusIndexer indexer, LuceneRetriever retriever, CorpusTableBuilder tables) : IReloadableIndex, IDisposable
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private int version = 1;

    /// <inheritdoc />
    public int Version => Volatile.Read(ref version);

    /// <inheritdoc />
    public int DocumentCount => retriever.Documents.Count;

    /// <inheritdoc />
    public async Task ReloadAsync(CancellationToken cancellationToken = default)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            await Task.Run(
                () =>
                {
                    indexer.Reload(retriever);
                    tables.Build();
                },
                cancellationToken);
            Interlocked.Increment(ref version);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <inheritdoc />
    public void Dispose() => gate.Dispose();
}
