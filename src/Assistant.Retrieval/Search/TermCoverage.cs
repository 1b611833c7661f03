using Assistant.Retrieval.Index;

namespace Assistant.Retrieval.Search;

/// <summary>
/// How much of a question a passage covers: half the rarity-weighted share of the question's syllables found in
/// the passage (its text, headings and document title), half the share of its syllable pairs. Also measured over
/// the known syllables alone (those some passage of the corpus holds): a word no document uses weighs the most in
/// the first measure and nothing in the second, and the answer decision reads both.
/// </summary>
internal sealed class TermCoverage
{
    private readonly SearchQuery query;
    private readonly KeyValuePair<string, double>[] weights;
    private readonly double total;
    private readonly double knownTotal;
    private readonly string[] knownPairs;

    public TermCoverage(PassageIndex index, SearchQuery query)
    {
        this.query = query;
        weights = query.FoldedTerms.Select(term => KeyValuePair.Create(term, index.InverseDocumentFrequency(term))).ToArray();
        total = weights.Sum(w => w.Value);
        UnknownTerms = query.FoldedTerms.Where(term => !index.Knows(term)).ToList();
        var unknown = UnknownTerms.ToHashSet(StringComparer.Ordinal);
        knownTotal = weights.Where(w => !unknown.Contains(w.Key)).Sum(w => w.Value);
        knownPairs = query.ContentBigrams.Where(pair => pair.Split('_').All(term => !unknown.Contains(term))).ToArray();
    }

    /// <summary>The question's content syllables that no passage of the corpus holds.</summary>
    public IReadOnlyList<string> UnknownTerms { get; }

    /// <summary>
    /// Coverage of the question's known syllables and of its pairs of known syllables by one passage, from 0 to 1
    /// (1 when the question has no known syllable left to cover).
    /// </summary>
    public double OfKnown(IndexedPassage passage)
    {
        if (knownTotal <= 0)
        {
            return 0;
        }

        var terms = weights.Where(w => passage.FoldedTerms.Contains(w.Key)).Sum(w => w.Value) / knownTotal;
        var pairs = knownPairs.Length == 0 ? terms : knownPairs.Count(passage.FoldedBigrams.Contains) / (double)knownPairs.Length;
        return (terms + pairs) / 2;
    }

    /// <summary>Coverage of the question by one passage, from 0 (nothing) to 1 (every syllable and pair).</summary>
    public double Of(IndexedPassage passage)
    {
        if (total <= 0)
        {
            return 0;
        }

        var terms = 0.0;
        foreach (var (term, weight) in weights)
        {
            if (passage.FoldedTerms.Contains(term))
            {
                terms += weight;
            }
        }

        terms /= total;
        var pairs = query.ContentBigrams.Count == 0 ? terms
            : query.ContentBigrams.Count(passage.FoldedBigrams.Contains) / (double)query.ContentBigrams.Count;
        return (terms + pairs) / 2;
    }
}
