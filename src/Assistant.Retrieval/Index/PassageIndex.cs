using Assistant.Core.Documents;
using Assistant.Core.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Store;
using Lucene.Net.Util;
using LuceneDocument = Lucene.Net.Documents.Document;

namespace Assistant.Retrieval.Index;

/// <summary>
/// An immutable in-memory Lucene index (BM25) of the corpus passages, with exact, folded and bigram fields.
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
        [PassageKind.Signature] = "người ký ký văn bản chữ ký",
        [PassageKind.Body] = string.Empty,
    };

    /// <summary>Words that name a passage's place in the document, indexed in the context fields.</summary>
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
        using var analyzer = CreateAnalyzer();
        var config = new IndexWriterConfig(Version, analyzer) { Similarity = new BM25Similarity() };
        using (var writer = new IndexWriter(directory, config))
        {
            foreach (var document in documents)
            {
                foreach (var passage in document.Passages)
                {
                    writer.AddDocument(ToLucene(passage, document.Info, passages.Count));
                    var context = ContextOf(passage, document.Info);
                    var analyzed = VietnameseAnalyzer.Analyze(IndexedText(passage) + " \n " + context);
                    passages.Add(new IndexedPassage(
                        passage,
                        document.Info,
                        analyzed.Folded.ToHashSet(StringComparer.Ordinal),
                        analyzed.FoldedBigrams.ToHashSet(StringComparer.Ordinal)));
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

    private static Analyzer CreateAnalyzer() => new PerFieldAnalyzerWrapper(
        new VietnameseLuceneAnalyzer(TokenView.Exact),
        new Dictionary<string, Analyzer>
        {
            [IndexFields.Exact] = new VietnameseLuceneAnalyzer(TokenView.Exact),
            [IndexFields.Folded] = new VietnameseLuceneAnalyzer(TokenView.Folded),
            [IndexFields.ExactBigrams] = new VietnameseLuceneAnalyzer(TokenView.ExactBigrams),
            [IndexFields.FoldedBigrams] = new VietnameseLuceneAnalyzer(TokenView.FoldedBigrams),
            [IndexFields.Context] = new VietnameseLuceneAnalyzer(TokenView.Exact),
            [IndexFields.FoldedContext] = new VietnameseLuceneAnalyzer(TokenView.Folded),
            [IndexFields.FoldedContextBigrams] = new VietnameseLuceneAnalyzer(TokenView.FoldedBigrams),
        });

    private static string ContextOf(Passage passage, DocumentInfo info) =>
        string.Join(" ", passage.Headings.Append(info.Title).Append(PlaceWords[passage.Kind]));

    private static string IndexedText(Passage passage) => passage.Text + " \n " + RoleWords[passage.Kind];

    private static LuceneDocument ToLucene(Passage passage, DocumentInfo info, int ordinal)
    {
        var context = ContextOf(passage, info);
        var text = IndexedText(passage);
        return
        [
            new NumericDocValuesField(IndexFields.Ordinal, ordinal),
            new StringField(IndexFields.Province, info.Province ?? string.Empty, Field.Store.NO),
            new TextField(IndexFields.Exact, text, Field.Store.NO),
            new TextField(IndexFields.Folded, text, Field.Store.NO),
            new TextField(IndexFields.ExactBigrams, text, Field.Store.NO),
            new TextField(IndexFields.FoldedBigrams, text, Field.Store.NO),
            new TextField(IndexFields.Context, context, Field.Store.NO),
            new TextField(IndexFields.FoldedContext, context, Field.Store.NO),
            new TextField(IndexFields.FoldedContextBigrams, context, Field.Store.NO),
        ];
    }
}
