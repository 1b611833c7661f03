using Assistant.Retrieval.Search;
using Microsoft.Extensions.Logging;

namespace Assistant.Retrieval.Tests.Index;

/// <summary>The index kept in the data folder (Index:Persist), through <see cref="CorpusIndexer"/> as the hosts use it.</summary>
public sealed class PersistentIndexTests : IDisposable
{
    private readonly IndexedCorpus corpus = new();

    [Fact]
    public void BuildRetriever_UnchangedCorpus_ReusesTheIndexOnDisk()
    {
        using (var first = corpus.Indexer(new RecordingLogger<CorpusIndexer>()).BuildRetriever())
        {
            Assert.NotEmpty(first.Search("tập huấn giáo viên").Hits);
        }

        var commit = SegmentsFile();
        var log = new RecordingLogger<CorpusIndexer>();
        using var second = corpus.Indexer(log).BuildRetriever();

        Assert.Null(Update(log));
        Assert.Equal(commit, SegmentsFile());
        Assert.Equal("a", second.Search("tập huấn giáo viên").Hits[0].Passage.DocId);
    }

    [Fact]
    public void Reload_ChangedDocument_ReindexesItAlone()
    {
        var log = new RecordingLogger<CorpusIndexer>();
        var indexer = corpus.Indexer(log);
        using var retriever = indexer.BuildRetriever();
        corpus.Write("b", "Kế hoạch B", "Ủy ban nhân dân cấp xã phát động cuộc thi viết về nhà giáo.");

        indexer.Reload(retriever);

        Assert.Equal((1, 0, 2), Update(log));
        Assert.Contains(retriever.Search("cuộc thi viết").Hits, h => h.Passage.DocId == "b");
        Assert.DoesNotContain(retriever.Search("loa truyền thanh").Hits, h => h.Passage.DocId == "b");
    }

    [Fact]
    public void BuildRetriever_DocumentAddedWhileStopped_IndexesItAlone()
    {
        corpus.Indexer(new RecordingLogger<CorpusIndexer>()).BuildRetriever().Dispose();
        corpus.Write("d", "Kế hoạch D", "Nhà trường tổ chức ngày hội đọc sách.");
        var log = new RecordingLogger<CorpusIndexer>();

        using var retriever = corpus.Indexer(log).BuildRetriever();

        Assert.Equal((1, 0, 3), Update(log));
        Assert.Equal("d", retriever.Search("ngày hội đọc sách").Hits[0].Passage.DocId);
        Assert.Equal(4, retriever.Documents.Count);
    }

    [Fact]
    public void Reload_RemovedDocument_DeletesItsPassagesAlone()
    {
        var log = new RecordingLogger<CorpusIndexer>();
        var indexer = corpus.Indexer(log);
        using var retriever = indexer.BuildRetriever();
        corpus.Delete("c");

        indexer.Reload(retriever);

        Assert.Equal((0, 1, 2), Update(log));
        Assert.DoesNotContain(retriever.Search("chuyên mục báo chí").Hits, h => h.Passage.DocId == "c");
        Assert.NotEmpty(retriever.Search("loa truyền thanh").Hits);
    }

    [Fact]
    public void BuildRetriever_CorruptIndexFolder_RebuildsItWithAnError()
    {
        corpus.Indexer(new RecordingLogger<CorpusIndexer>()).BuildRetriever().Dispose();
        foreach (var file in Directory.EnumerateFiles(corpus.IndexPath).Where(f => !f.EndsWith("write.lock", StringComparison.Ordinal)))
        {
            File.WriteAllBytes(file, [1, 2, 3]);
        }

        var log = new RecordingLogger<CorpusIndexer>();
        using var retriever = corpus.Indexer(log).BuildRetriever();

        Assert.Contains(log.Entries, e => e.Level == LogLevel.Error && e.Message.Contains("rebuilding", StringComparison.Ordinal));
        Assert.Equal("c", retriever.Search("chuyên mục báo chí").Hits[0].Passage.DocId);
        Assert.Null(Update(Restart()));
    }

    [Fact]
    public void BuildRetriever_FilesOfAnInterruptedUpdate_UsesTheLastCommit()
    {
        corpus.Indexer(new RecordingLogger<CorpusIndexer>()).BuildRetriever().Dispose();
        // What a crash while writing leaves: a half-written segment and segments file that no commit refers to yet.
        File.WriteAllBytes(Path.Combine(corpus.IndexPath, "_z.cfs"), [0x3f, 0xd7, 0x6c]);
        File.WriteAllBytes(Path.Combine(corpus.IndexPath, "pending_segments_9"), [0x3f, 0xd7]);

        var log = Restart();

        Assert.DoesNotContain(log.Entries, e => e.Level >= LogLevel.Warning);
        Assert.Null(Update(log));
    }

    [Fact]
    public async Task BuildRetriever_TwoStartsOnOneDataFolder_BothServeAndTheFolderStaysWhole()
    {
        var logs = new[] { new RecordingLogger<CorpusIndexer>(), new RecordingLogger<CorpusIndexer>() };

        var retrievers = await Task.WhenAll(logs.Select(log => Task.Run(() => corpus.Indexer(log).BuildRetriever())));

        Assert.All(retrievers, r => Assert.Equal("b", r.Search("loa truyền thanh").Hits[0].Passage.DocId));
        Assert.DoesNotContain(logs.SelectMany(l => l.Entries), e => e.Level == LogLevel.Error);
        var after = Restart();
        Assert.DoesNotContain(after.Entries, e => e.Level >= LogLevel.Warning);
        Assert.Null(Update(after));
        foreach (var retriever in retrievers)
        {
            retriever.Dispose();
        }
    }

    [Fact]
    public void BuildRetriever_WriteLockHeldByAnotherWriter_IndexesInMemoryWithAWarning()
    {
        Directory.CreateDirectory(corpus.IndexPath);
        using var directory = Lucene.Net.Store.FSDirectory.Open(corpus.IndexPath);
        using var held = directory.MakeLock(Lucene.Net.Index.IndexWriter.WRITE_LOCK_NAME);
        Assert.True(held.Obtain());
        var log = new RecordingLogger<CorpusIndexer>();

        using var retriever = corpus.Indexer(log, lockTimeoutSeconds: 0).BuildRetriever();

        Assert.Contains(log.Entries, e => e.Level == LogLevel.Warning && e.Message.Contains("in memory", StringComparison.Ordinal));
        Assert.Equal("a", retriever.Search("tập huấn giáo viên").Hits[0].Passage.DocId);
    }

    public void Dispose() => corpus.Dispose();

    private RecordingLogger<CorpusIndexer> Restart()
    {
        var log = new RecordingLogger<CorpusIndexer>();
        corpus.Indexer(log).BuildRetriever().Dispose();
        return log;
    }

    private string SegmentsFile() =>
        Path.GetFileName(Directory.EnumerateFiles(corpus.IndexPath, "segments_*").Single());

    /// <summary>The counts of the index update logged, or null when the index on disk was used as it was.</summary>
    private static (int Changed, int Removed, int Kept)? Update(RecordingLogger<CorpusIndexer> log) =>
        log.Entries.LastOrDefault(e => e.Values.ContainsKey("ChangedCount")) is { Values: { } v }
            ? ((int)v["ChangedCount"]!, (int)v["RemovedCount"]!, (int)v["KeptCount"]!)
            : null;
}
