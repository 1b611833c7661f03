using Assistant.Core.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;
using LuceneDirectory = Lucene.Net.Store.Directory;

namespace Assistant.Retrieval.Index;

/// <summary>
/// A searchable view (BM25) of one commit of the passage index (<see cref="PassageDocuments"/>), with the parsed
/// documents it was built from: each hit is mapped back to its passage through the doc values read once here.
/// A new corpus gets a new instance, so searches in flight finish on the one they started with.
/// </summary>
internal sealed class PassageIndex : IDisposable
{
    private readonly LuceneDirectory directory;
    private readonly DirectoryReader reader;
    private readonly IndexSearcher searcher;
    private readonly IndexedPassage?[] passages;

    /// <summary>Opens the last commit of <paramref name="directory"/> (owned from now on) over <paramref name="documents"/>.</summary>
    /// <exception cref="InvalidDataException">The index does not hold exactly the passages of the documents.</exception>
    public PassageIndex(LuceneDirectory directory, IReadOnlyList<ParsedDocument> documents)
    {
        this.directory = directory;
        Documents = documents;
        reader = DirectoryReader.Open(directory);
        try
        {
            passages = MapPassages(reader, documents);
        }
        catch
        {
            reader.Dispose();
            throw;
        }

        searcher = new IndexSearcher(reader) { Similarity = new BM25Similarity() };
    }

    /// <summary>The documents this index was built from.</summary>
    public IReadOnlyList<ParsedDocument> Documents { get; }

    /// <summary>Number of passages indexed.</summary>
    public int PassageCount => reader.NumDocs;

    /// <summary>Runs a Lucene query and returns the passages with their BM25 scores, best first.</summary>
    public IReadOnlyList<(IndexedPassage Passage, float Score)> Search(Query query, int count)
    {
        var top = searcher.Search(query, Math.Max(1, count));
        var results = new List<(IndexedPassage, float)>(top.ScoreDocs.Length);
        foreach (var hit in top.ScoreDocs)
        {
            results.Add((passages[hit.Doc]!, hit.Score));
        }

        return results;
    }

    /// <summary>Inverse document frequency of a folded syllable over the passages (rarer = higher).</summary>
    public double InverseDocumentFrequency(string foldedTerm)
    {
        var frequency = reader.DocFreq(new Term(IndexFields.Folded, foldedTerm));
        return Math.Log(1 + ((PassageCount - frequency + 0.5) / (frequency + 0.5)));
    }

    public void Dispose()
    {
        reader.Dispose();
        directory.Dispose();
    }

    /// <summary>
    /// The passage of every live Lucene document, read once from the doc values (their readers are not safe to share
    /// between threads); checks that every passage of every document is there exactly once.
    /// </summary>
    private static IndexedPassage?[] MapPassages(DirectoryReader reader, IReadOnlyList<ParsedDocument> documents)
    {
        var byId = documents.ToDictionary(d => d.Info.Id, StringComparer.Ordinal);
        var found = new Dictionary<string, int>(StringComparer.Ordinal);
        var passages = new IndexedPassage?[reader.MaxDoc];
        var id = new BytesRef();
        foreach (var leaf in reader.Leaves)
        {
            var atomic = leaf.AtomicReader;
            var ids = atomic.GetSortedDocValues(IndexFields.DocId);
            var positions = atomic.GetNumericDocValues(IndexFields.Position);
            var live = atomic.LiveDocs;
            for (var doc = 0; doc < atomic.MaxDoc; doc++)
            {
                if (live is not null && !live.Get(doc))
                {
                    continue;
                }

                if (ids is null || positions is null)
                {
                    throw new InvalidDataException("the index has passages without a document id or position");
                }

                ids.Get(doc, id);
                var docId = id.Utf8ToString();
                var position = (int)positions.Get(doc);
                if (!byId.TryGetValue(docId, out var document) || position < 0 || position >= document.Passages.Count)
                {
                    throw new InvalidDataException($"the index has a passage {docId}#{position} that the corpus does not have");
                }

                passages[leaf.DocBase + doc] = new IndexedPassage(document.Passages[position], document.Info);
                found[docId] = found.GetValueOrDefault(docId) + 1;
            }
        }

        if (documents.FirstOrDefault(d => found.GetValueOrDefault(d.Info.Id) != d.Passages.Count) is { } missing)
        {
            throw new InvalidDataException($"the index has {found.GetValueOrDefault(missing.Info.Id)} passages of {missing.Info.Id}, the corpus {missing.Passages.Count}");
        }

        return passages;
    }
}
