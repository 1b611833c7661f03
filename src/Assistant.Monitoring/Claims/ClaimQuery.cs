using Assistant.Core.Provinces;
using Assistant.Core.Text;

namespace Assistant.Monitoring.Claims;

/// <summary>
/// The search query of a post: the names of the provinces it names, then its rarest other syllables in the corpus (at
/// most <c>maxTerms</c>, in the order the post writes them). A post's whole text as the query costs one Lucene clause
/// per syllable and field; the rare syllables are the ones that choose the passage.
/// </summary>
internal static class ClaimQuery
{
    /// <summary>The bounded query, or an empty string when no syllable of the post occurs in the corpus.</summary>
    public static string Build(AnalyzedText analyzed, IReadOnlyList<ProvinceMention> provinces, CorpusProfile profile, int maxTerms)
    {
        var named = provinces.SelectMany(p => VietnameseAnalyzer.Analyze(p.MatchedName).Folded).ToHashSet(StringComparer.Ordinal);
        var chosen = analyzed.Folded
            .Select((term, position) => (Term: term, Position: position))
            .Where(t => !QueryStopWords.Contains(analyzed.Exact[t.Position]) && !named.Contains(t.Term))
            .DistinctBy(t => t.Term, StringComparer.Ordinal)
            .Select(t => (t.Term, t.Position, Rarity: profile.Rarity(t.Term)))
            .Where(t => t.Rarity > 0)
            .OrderByDescending(t => t.Rarity)
            .ThenBy(t => t.Position)
            .Take(maxTerms)
            .OrderBy(t => t.Position)
            .Select(t => analyzed.Exact[t.Position])
            .ToList();
        return chosen.Count == 0
            ? string.Empty
            : string.Join(' ', provinces.Select(p => p.MatchedName).Distinct(StringComparer.Ordinal).Concat(chosen));
    }
}
