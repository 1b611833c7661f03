using Assistant.Core.Provinces;

namespace Assistant.Core.Retrieval;

/// <summary>What a search found: passages best first, and the provinces the query named.</summary>
/// <param name="Hits">Passages, best first.</param>
/// <param name="Provinces">Provinces named in the query, in order.</param>
/// <param name="UncoveredProvinces">Named provinces that no document of the corpus belongs to.</param>
public sealed record SearchResult(
    IReadOnlyList<ScoredPassage> Hits,
    IReadOnlyList<ProvinceMention> Provinces,
    IReadOnlyList<ProvinceMention> UncoveredProvinces);
