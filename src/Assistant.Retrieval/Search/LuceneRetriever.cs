using Assistant.Core.Documents;
using Assistant.Core.Provinces;
using Assistant.Core.Retrieval;
using Assistant.Retrieval.Index;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Microsoft.Extensions.Options;

namespace Assistant.Retrieval.Search;

/// <summary>
/// <see cref="IRetriever"/> over the Lucene passage index: BM25 on exact, folded and bigram fields of passage text,
/// context and title; candidates re-ranked by how much of the question they cover (<see cref="TermCoverage"/>);
/// other provinces' plans left out when the question names a province, that province's plan preferred.
/// </summary>
public sealed class LuceneRetriever : IRetriever, IDisposable
{
    private readonly IPassageIndexBuilder builder;
    private readonly ProvinceDirectory provinces;
    private readonly RetrievalOptions options;
    private PassageIndex index;

    /// <summary>Builds the index of <paramref name="documents"/> in memory.</summary>
    public LuceneRetriever(IReadOnlyList<ParsedDocument> documents, ProvinceDirectory provinces, IOptions<RetrievalOptions> options)
        : this(MemoryIndexBuilder.Instance, documents, provinces, options)
    {
    }

    /// <summary>Gets the index of <paramref name="documents"/> from <paramref name="builder"/>, which makes every later one too.</summary>
    internal LuceneRetriever(IPassageIndexBuilder builder, IReadOnlyList<ParsedDocument> documents, ProvinceDirectory provinces, IOptions<RetrievalOptions> options)
    {
        this.builder = builder;
        this.provinces = provinces;
        this.options = options.Value;
        index = builder.Build(documents);
    }

    /// <inheritdoc />
    public IReadOnlyList<ParsedDocument> Documents => index.Documents;

    /// <summary>Number of passages in the current index.</summary>
    public int PassageCount => index.PassageCount;

    /// <summary>
    /// Brings the index to <paramref name="documents"/> (on disk: only the documents added, changed or removed) and swaps it in;
    /// searches in flight finish on the old one.
    /// </summary>
    public void Replace(IReadOnlyList<ParsedDocument> documents)
    {
        // Searches still running on the old index keep their reference; it is left to the garbage collector, not disposed.
        Volatile.Write(ref index, builder.Build(documents));
    }

    /// <inheritdoc />
    public SearchResult Search(string query, int top = 10)
    {
        var current = index;
        var mentions = provinces.FindIn(query);
        var covered = mentions.Where(m => current.Documents.Any(d => d.Info.Province == m.Province.Slug)).ToList();
        var uncovered = mentions.Except(covered).ToList();
        var parsed = SearchQuery.Parse(query, mentions);

        var coverage = new TermCoverage(current, parsed);
        var ranked = Rank(current, parsed, coverage, covered, top);
        var hits = ranked.Select(hit => new ScoredPassage(hit.Passage.Passage, hit.Passage.Document, hit.Score)).ToList();
        return new SearchResult(hits, mentions, uncovered)
        {
            QueryTerms = parsed.FoldedTerms,
            QueryCoverage = ranked.Take(3).Select(hit => hit.Coverage).DefaultIfEmpty(0).Max(),
        };
    }

    /// <inheritdoc />
    public void Dispose() => index.Dispose();

    private List<(IndexedPassage Passage, double Score, double Coverage)> Rank(
        PassageIndex current, SearchQuery parsed, TermCoverage coverage, IReadOnlyList<ProvinceMention> covered, int top)
    {
        var terms = BuildTermsQuery(parsed);
        if (terms.Clauses.Count == 0)
        {
            return [];
        }

        var query = new BooleanQuery { { terms, Occur.MUST } };
        var wanted = covered.Select(m => m.Province.Slug).ToHashSet(StringComparer.Ordinal);
        if (wanted.Count > 0)
        {
            foreach (var other in current.Documents.Select(d => d.Info.Province).OfType<string>().Distinct().Where(p => !wanted.Contains(p)))
            {
                query.Add(new TermQuery(new Term(IndexFields.Province, other)), Occur.MUST_NOT);
            }
        }

        return current.Search(query, Math.Max(top, options.CandidateCount))
            .Select(hit =>
            {
                var covers = coverage.Of(hit.Passage);
                var score = hit.Score * Preference(hit.Passage.Document.Province, wanted) * Math.Pow(covers, options.CoverageExponent);
                return (hit.Passage, Score: score, Coverage: covers);
            })
            .OrderByDescending(hit => hit.Score)
            .ThenBy(hit => hit.Passage.Passage.Ordinal)
            .Take(top)
            .ToList();
    }

    /// <summary>The named province's plan first; with no province named, the national documents.</summary>
    private double Preference(string? documentProvince, IReadOnlySet<string> wanted) =>
        documentProvince is null ? (wanted.Count == 0 ? options.NationalBoost : 1.0)
        : wanted.Contains(documentProvince) ? options.ProvinceBoost : 1.0;

    private BooleanQuery BuildTermsQuery(SearchQuery parsed)
    {
        var query = new BooleanQuery();
        Add(query, IndexFields.Exact, parsed.ExactTerms, _ => options.ExactWeight);
        Add(query, IndexFields.Folded, parsed.FoldedTerms, term => FoldedWeight(parsed.ExactTerms, term, options.FoldedWeight));
        Add(query, IndexFields.ExactBigrams, parsed.ExactBigrams, _ => options.ExactBigramWeight);
        Add(query, IndexFields.FoldedBigrams, parsed.FoldedBigrams, pair => FoldedWeight(parsed.ExactBigrams, pair, options.FoldedBigramWeight));
        Add(query, IndexFields.Headings, parsed.ExactTerms, _ => options.HeadingWeight);
        Add(query, IndexFields.FoldedHeadings, parsed.FoldedTerms, term => FoldedWeight(parsed.ExactTerms, term, options.HeadingWeight));
        Add(query, IndexFields.HeadingBigrams, parsed.ExactBigrams, _ => options.HeadingBigramWeight);
        Add(query, IndexFields.FoldedHeadingBigrams, parsed.FoldedBigrams, pair => FoldedWeight(parsed.ExactBigrams, pair, options.HeadingBigramWeight));
        Add(query, IndexFields.Title, parsed.ExactTerms, _ => options.TitleWeight);
        Add(query, IndexFields.FoldedTitle, parsed.FoldedTerms, term => FoldedWeight(parsed.ExactTerms, term, options.TitleWeight));
        return query;
    }

    /// <summary>
    /// A folded term typed without diacritics counts fully; one the user typed with diacritics ("ký") counts less
    /// when it matches only without them ("kỹ", "kỳ"): the marks were meant.
    /// </summary>
    private float FoldedWeight(IReadOnlyList<string> exactTerms, string folded, float weight) =>
        exactTerms.Contains(folded) ? weight : weight * options.AccentedFoldedFactor;

    private static void Add(BooleanQuery query, string field, IReadOnlyList<string> terms, Func<string, float> weight)
    {
        foreach (var term in terms)
        {
            var boost = weight(term);
            if (boost > 0)
            {
                query.Add(new TermQuery(new Term(field, term)) { Boost = boost }, Occur.SHOULD);
            }
        }
    }
}
