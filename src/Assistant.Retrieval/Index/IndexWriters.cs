using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Assistant.Retrieval.Index;

/// <summary>The one configuration of the passage index writers (BM25 norms, no analyzer: tokens come analysed).</summary>
internal static class IndexWriters
{
    /// <summary>Opens a writer on <paramref name="directory"/>, waiting up to <paramref name="lockTimeout"/> for its write lock.</summary>
    /// <exception cref="Lucene.Net.Store.LockObtainFailedException">Another writer holds the lock.</exception>
    public static IndexWriter Open(LuceneDirectory directory, OpenMode mode, TimeSpan lockTimeout) =>
        new(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, analyzer: null)
        {
            Similarity = new BM25Similarity(),
            OpenMode = mode,
            RAMBufferSizeMB = 64,
            WriteLockTimeout = (long)lockTimeout.TotalMilliseconds,
        });
}
