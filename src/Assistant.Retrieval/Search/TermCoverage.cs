using Assistant.Retrieval.Index;

namespace Assistant.Retrieval.Search;

/// <summary>
/// How much of a question a passage covers: half the rarity-weighted share of the question's syllables found in
/// the passage (its text, headings and document title), half the share of its syllable pairs. A candidate's words are
/// read again from its text when it is scored: only the candidates of a question cost, not a word set per passage kept in memory.
/// </summary>
internal sealed class TermCoverage
{
    private readonly SearchQuery query;
    private readonly KeyValuePair<string, double>[] weights;
    private readonly double total;

    public TermCoverage(PassageIndex index, SearchQuery query)
    {
        this.query = query;
        weights = query.FoldedTerms.Select(term => KeyValuePair.Create(term, index.InverseDocumentFrequency(term))).ToArray();
        total = weights.Sum(w => w.Value);
    }

    /// <summary>Coverage of the question by one passage, from 0 (nothing) to 1 (every syllable and pair).</summary>
    public double Of(IndexedPassage passage)
    {
        if (total <= 0)
        {
            return 0;
        }

        var (body, headings) = PassageDocuments.Analyze(passage.Passage, passage.Document);
        var folded = body.Folded.Concat(headings.Folded).ToHashSet(StringComparer.Ordinal);
        var terms = 0.0;
        foreach (var (term, weight) in weights)
        {
            if (folded.Contains(term))
            {
                terms += weight;
            }
        }

        terms /= total;
        if (query.ContentBigrams.Count == 0)
        {
            return terms;
        }

        var bigrams = body.FoldedBigrams.Concat(headings.FoldedBigrams).ToHashSet(StringComparer.Ordinal);
        var pairs = query.ContentBigrams.Count(bigrams.Contains) / (double)query.ContentBigrams.Count;
        return (terms + pairs) / 2;
    }
}
