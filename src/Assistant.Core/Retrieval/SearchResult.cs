using Assistant.Core.Provinces;

namespace Assistant.Core.Retrieval;

/// <summary>What a search found: passages best first, and the provinces the query named.</summary>
/// <param name="Hits">Passages, best first.</param>
/// <param name="Provinces">Provinces named in the query, in order.</param>
/// <param name="UncoveredProvinces">Named provinces that no document of the corpus belongs to.</param>
public sealed record SearchResult(
    IReadOnlyList<ScoredPassage> Hits,
    IReadOnlyList<ProvinceMention> Provinces,
    IReadOnlyList<ProvinceMention> UncoveredProvinces)
{
    /// <summary>
    /// Share (0–1, weighted by rarity) of the query's content terms that the best passage contains:
    /// low coverage means the documents do not speak about what was asked.
    /// </summary>
    public double QueryCoverage { get; init; }

    /// <summary>The query's content terms (folded syllables, question words left out), for sentence selection.</summary>
    public IReadOnlyList<string> QueryTerms { get; init; } = [];
}
