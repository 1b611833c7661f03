using Assistant.Core.Text;

namespace Assistant.Monitoring.Claims;

/// <summary>
/// Finds the official clauses that speak about the same thing as a clause of a post: those sharing the most
/// adjacent pairs of content words with it.
/// </summary>
internal static class ClauseMatch
{
    /// <summary>The folded content word pairs of a span of a text, leaving out the words inside the <paramref name="skip"/> spans.</summary>
    public static HashSet<string> PairsOf(ClaimText text, int start, int length, IReadOnlyList<(int Start, int Length)> skip)
    {
        var chars = text.Folded.Substring(start, length).ToCharArray();
        foreach (var (skipStart, skipLength) in skip)
        {
            for (var i = Math.Max(skipStart, start); i < Math.Min(skipStart + skipLength, start + length); i++)
            {
                chars[i - start] = ',';
            }
        }

        var pairs = new HashSet<string>(StringComparer.Ordinal);
        foreach (var piece in new string(chars).Split(',', StringSplitOptions.RemoveEmptyEntries))
        {
            pairs.UnionWith(CorpusProfile.ContentPairs(VietnameseAnalyzer.Tokenize(piece)));
        }

        return pairs;
    }

    /// <summary>The clauses holding at least <paramref name="minShared"/> of the wanted pairs, with how many, best first.</summary>
    public static IReadOnlyList<(OfficialClause Clause, int Shared)> Best(IEnumerable<OfficialClause> clauses, IReadOnlySet<string> wanted, int minShared) =>
        clauses
            .Select(c => (Clause: c, Shared: wanted.Count(c.Pairs.Contains)))
            .Where(c => c.Shared >= minShared)
            .OrderByDescending(c => c.Shared)
            .ThenBy(c => c.Clause.Passage.Ordinal)
            .ToList();
}
