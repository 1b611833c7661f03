using Assistant.Core.Documents;
using Lucene.Net.Index;
using Lucene.Net.Store;
using Microsoft.Extensions.Logging;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Assistant.Retrieval.Index;

/// <summary>
/// The passage index kept in a folder (memory-mapped Lucene files), keyed by <see cref="IndexFingerprint"/>: the analysis
/// fingerprint and one fingerprint per document are the commit's user data. A build reuses the last commit when they all
/// match, re-indexes only the documents added, changed or removed otherwise, and everything when the analysis changed.
/// An update is one Lucene commit (written aside, then published by its segments file): a crash leaves the previous commit
/// in use. Updates take the folder's write lock, so two processes never write it at once; one that cannot get the lock in
/// time indexes in memory. A folder that cannot be read is cleared and rebuilt, with an error in the log.
/// </summary>
internal sealed class IndexFolder(string path, TimeSpan lockTimeout, ILogger logger) : IPassageIndexBuilder
{
    private const string AnalysisKey = "analysis";
    private const string DocumentKeyPrefix = "doc:";

    /// <summary>The folder of the index files.</summary>
    public string Path { get; } = path;

    /// <inheritdoc />
    public PassageIndex Build(IReadOnlyList<ParsedDocument> documents)
    {
        var wanted = Manifest(documents);
        try
        {
            return Open(documents, wanted);
        }
        catch (LockObtainFailedException)
        {
            logger.LogWarning("The index folder {IndexPath} is being written by another process; this one indexes the corpus in memory", Path);
            return MemoryIndexBuilder.Instance.Build(documents);
        }
        catch (Exception exception) when (exception is IOException or InvalidDataException or IndexFormatTooOldException or IndexFormatTooNewException)
        {
            logger.LogError("The index folder {IndexPath} cannot be read ({Problem}); rebuilding it", Path, exception.Message);
            try
            {
                Clear();
                return Open(documents, wanted);
            }
            catch (LockObtainFailedException)
            {
                logger.LogWarning("The index folder {IndexPath} is being written by another process; this one indexes the corpus in memory", Path);
                return MemoryIndexBuilder.Instance.Build(documents);
            }
        }
    }

    private PassageIndex Open(IReadOnlyList<ParsedDocument> documents, Dictionary<string, string> wanted)
    {
        System.IO.Directory.CreateDirectory(Path);
        var directory = FSDirectory.Open(Path);
        try
        {
            if (!IsCurrent(directory, wanted))
            {
                Update(directory, documents, wanted);
            }

            return new PassageIndex(directory, documents);
        }
        catch
        {
            directory.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Whether the last commit is of <paramref name="wanted"/>, read without the lock; a commit that another process is
    /// writing may read as torn: that is answered "no", and <see cref="Update"/> reads it again under the lock.
    /// </summary>
    private static bool IsCurrent(LuceneDirectory directory, Dictionary<string, string> wanted)
    {
        try
        {
            var commit = new SegmentInfos();
            commit.Read(directory);
            return Same(commit.UserData, wanted);
        }
        catch (IOException)
        {
            return false;
        }
    }

    /// <summary>Brings the index to <paramref name="wanted"/> in one commit, under the write lock.</summary>
    private void Update(LuceneDirectory directory, IReadOnlyList<ParsedDocument> documents, Dictionary<string, string> wanted)
    {
        using var writer = IndexWriters.Open(directory, OpenMode.CREATE_OR_APPEND, lockTimeout);
        // Read under the lock: another process may have brought the index up to date meanwhile.
        var had = new Dictionary<string, string>(writer.CommitData ?? new Dictionary<string, string>(), StringComparer.Ordinal);
        if (Same(had, wanted))
        {
            return;
        }

        if (had.GetValueOrDefault(AnalysisKey) != wanted[AnalysisKey])
        {
            writer.DeleteAll();
            had.Clear();
        }

        var removed = had.Keys.Where(k => k.StartsWith(DocumentKeyPrefix, StringComparison.Ordinal) && !wanted.ContainsKey(k)).ToList();
        var changed = documents.Where(d => had.GetValueOrDefault(DocumentKeyPrefix + d.Info.Id) != wanted[DocumentKeyPrefix + d.Info.Id]).ToList();
        foreach (var id in removed.Select(k => k[DocumentKeyPrefix.Length..]).Concat(changed.Select(d => d.Info.Id)))
        {
            writer.DeleteDocuments(new Term(IndexFields.DocId, id));
        }

        foreach (var document in changed)
        {
            writer.AddDocuments(PassageDocuments.Of(document));
        }

        writer.SetCommitData(wanted);
        writer.Commit();
        logger.LogInformation(
            "Index folder {IndexPath}: {ChangedCount} documents (re)indexed, {RemovedCount} removed, {KeptCount} kept",
            Path,
            changed.Count,
            removed.Count,
            documents.Count - changed.Count);
    }

    /// <summary>Deletes the index files, under the write lock (the lock file itself stays).</summary>
    private void Clear()
    {
        using var directory = FSDirectory.Open(Path);
        using var writeLock = directory.MakeLock(IndexWriter.WRITE_LOCK_NAME);
        if (!writeLock.Obtain((long)lockTimeout.TotalMilliseconds))
        {
            throw new LockObtainFailedException($"Cannot clear the index folder {Path}: its write lock is held");
        }

        foreach (var file in directory.ListAll().Where(f => f != IndexWriter.WRITE_LOCK_NAME))
        {
            directory.DeleteFile(file);
        }
    }

    private static Dictionary<string, string> Manifest(IReadOnlyList<ParsedDocument> documents)
    {
        var manifest = new Dictionary<string, string>(StringComparer.Ordinal) { [AnalysisKey] = IndexFingerprint.Analysis };
        foreach (var document in documents)
        {
            manifest[DocumentKeyPrefix + document.Info.Id] = IndexFingerprint.Of(document);
        }

        return manifest;
    }

    private static bool Same(IDictionary<string, string> had, Dictionary<string, string> wanted) =>
        had.Count == wanted.Count && wanted.All(pair => had.TryGetValue(pair.Key, out var value) && value == pair.Value);
}
