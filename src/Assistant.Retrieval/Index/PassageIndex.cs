using Assistant.Core.Documents;
using Assistant.Core.Text;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using LuceneDocument = Lucene.Net.Documents.Document;

namespace Assistant.Retrieval.Index;

/// <summary>
/// An immutable in-memory Lucene index (BM25) of the corpus passages: exact, folded and bigram fields of the
/// passage text and of its context (the headings above it and its document's title), and of the title alone.
/// Each passage is analysed once.
/// A new corpus gets a new instance, so searches in flight finish on the one they started with.
/// </summary>
internal sealed class PassageIndex : IDisposable
{
    private const LuceneVersion Version = LuceneVersion.LUCENE_48;

    /// <summary>Words that name a passage's role, indexed with it: "ai ký?" must find the signature block.</summary>
    private static readonly Dictionary<PassageKind, string> RoleWords = new()
    {
        [PassageKind.Header] = string.Empty,
        [PassageKind.Recipients] = "nơi nhận gửi đến",
        [PassageKind.Signature] = "người ký, ai ký, ký tên, chữ ký, ký văn bản",
        [PassageKind.Body] = string.Empty,
    };

    /// <summary>Words that name a passage's place in the document, indexed with its context.</summary>
    private static readonly Dictionary<PassageKind, string> PlaceWords = new()
    {
        [PassageKind.Header] = "ban hành ngày số hiệu căn cứ văn bản",
        [PassageKind.Recipients] = string.Empty,
        [PassageKind.Signature] = "chức vụ",
        [PassageKind.Body] = string.Empty,
    };

    private readonly RAMDirectory directory = new();
    private readonly DirectoryReader reader;
    private readonly IndexSearcher searcher;
    private readonly int[] ordinals;
    private readonly List<IndexedPassage> passages = [];

    public PassageIndex(IReadOnlyList<ParsedDocument> documents)
    {
        Documents = documents;
        var config = new IndexWriterConfig(Version, analyzer: null) { Similarity = new BM25Similarity() };
        using (var writer = new IndexWriter(directory, config))
        {
            foreach (var document in documents)
            {
                var title = VietnameseAnalyzer.Analyze(document.Info.Title);
                foreach (var passage in document.Passages)
                {
                    var body = VietnameseAnalyzer.Analyze(passage.Text + " \n " + RoleWords[passage.Kind]);
                    // The title goes with the headings: words every title has ("kế hoạch", "Nghị quyết 71") then weigh nothing there.
                    var headings = VietnameseAnalyzer.Analyze(string.Join(" \n ", passage.Headings.Append(document.Info.Title).Append(PlaceWords[passage.Kind])));
                    writer.AddDocument(ToLucene(passages.Count, document.Info, title, body, headings));
                    passages.Add(new IndexedPassage(
                        passage,
                        document.Info,
                        body.Folded.Concat(headings.Folded).ToHashSet(StringComparer.Ordinal),
                        body.FoldedBigrams.Concat(headings.FoldedBigrams).ToHashSet(StringComparer.Ordinal)));
                }
            }

            writer.Commit();
        }

        reader = DirectoryReader.Open(directory);
        searcher = new IndexSearcher(reader) { Similarity = new BM25Similarity() };
        // Read once into an array: doc values readers are not safe to share between threads.
        var values = MultiDocValues.GetNumericValues(reader, IndexFields.Ordinal);
        ordinals = new int[reader.MaxDoc];
        for (var doc = 0; doc < ordinals.Length; doc++)
        {
            ordinals[doc] = (int)values.Get(doc);
        }
    }

    /// <summary>The documents this index was built from.</summary>
    public IReadOnlyList<ParsedDocument> Documents { get; }

    /// <summary>Number of passages indexed.</summary>
    public int PassageCount => passages.Count;

    /// <summary>Runs a Lucene query and returns the passages with their BM25 scores, best first.</summary>
    public IReadOnlyList<(IndexedPassage Passage, float Score)> Search(Query query, int count)
    {
        var top = searcher.Search(query, Math.Max(1, count));
        var results = new List<(IndexedPassage, float)>(top.ScoreDocs.Length);
        foreach (var hit in top.ScoreDocs)
        {
            results.Add((passages[ordinals[hit.Doc]], hit.Score));
        }

        return results;
    }

    /// <summary>Inverse document frequency of a folded syllable over the passages (rarer = higher).</summary>
    public double InverseDocumentFrequency(string foldedTerm)
    {
        var frequency = reader.DocFreq(new Term(IndexFields.Folded, foldedTerm));
        return Math.Log(1 + ((passages.Count - frequency + 0.5) / (frequency + 0.5)));
    }

    public void Dispose()
    {
        reader.Dispose();
        directory.Dispose();
    }

    private static LuceneDocument ToLucene(int ordinal, DocumentInfo info, AnalyzedText title, AnalyzedText body, AnalyzedText headings) =>
    [
        new NumericDocValuesField(IndexFields.Ordinal, ordinal),
        new StringField(IndexFields.Province, info.Province ?? string.Empty, Field.Store.NO),
        Tokens(IndexFields.Exact, body.Exact),
        Tokens(IndexFields.Folded, body.Folded),
        Tokens(IndexFields.ExactBigrams, body.ExactBigrams),
        Tokens(IndexFields.FoldedBigrams, body.FoldedBigrams),
        Tokens(IndexFields.Headings, headings.Exact),
        Tokens(IndexFields.FoldedHeadings, headings.Folded),
        Tokens(IndexFields.HeadingBigrams, headings.ExactBigrams),
        Tokens(IndexFields.FoldedHeadingBigrams, headings.FoldedBigrams),
        Tokens(IndexFields.Title, title.Exact),
        Tokens(IndexFields.FoldedTitle, title.Folded),
    ];

    private static TextField Tokens(string field, IReadOnlyList<string> tokens) => new(field, new TokenListStream(tokens));
}
