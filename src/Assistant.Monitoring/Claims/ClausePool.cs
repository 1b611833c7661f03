namespace Assistant.Monitoring.Claims;

/// <summary>
/// The official clauses a post is compared with: those of the one document it names (with an index from each word
/// pair to its clauses, so only clauses sharing a pair are looked at), or those of the retrieved passages.
/// </summary>
/// <param name="Clauses">The clauses.</param>
/// <param name="ByPair">Word pair → the clauses holding it, or null to scan <paramref name="Clauses"/>.</param>
internal sealed record ClausePool(IReadOnlyList<OfficialClause> Clauses, IReadOnlyDictionary<string, IReadOnlyList<OfficialClause>>? ByPair = null)
{
    /// <summary>The pool of the clauses of one document, indexed by word pair.</summary>
    public static ClausePool Indexed(IReadOnlyList<OfficialClause> clauses) => new(
        clauses,
        clauses.SelectMany(c => c.Pairs.Select(p => (Pair: p, Clause: c)))
            .GroupBy(x => x.Pair, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<OfficialClause>)g.Select(x => x.Clause).ToList(), StringComparer.Ordinal));

    /// <summary>True when there is nothing to compare with.</summary>
    public bool IsEmpty => Clauses.Count == 0;

    /// <summary>The clauses holding at least <paramref name="minShared"/> of the wanted pairs, with how many, best first.</summary>
    public IReadOnlyList<(OfficialClause Clause, int Shared)> Best(IReadOnlySet<string> wanted, int minShared)
    {
        IEnumerable<(OfficialClause Clause, int Shared)> counted;
        if (ByPair is null)
        {
            counted = Clauses.Select(c => (Clause: c, Shared: wanted.Count(c.Pairs.Contains)));
        }
        else
        {
            var counts = new Dictionary<OfficialClause, int>(ReferenceEqualityComparer.Instance);
            foreach (var pair in wanted)
            {
                foreach (var clause in ByPair.GetValueOrDefault(pair) ?? [])
                {
                    counts[clause] = counts.GetValueOrDefault(clause) + 1;
                }
            }

            counted = counts.Select(c => (c.Key, c.Value));
        }

        return counted
            .Where(c => c.Shared >= minShared)
            .OrderByDescending(c => c.Shared)
            .ThenBy(c => c.Clause.Passage.Ordinal)
            .ThenBy(c => c.Clause.Start)
            .ToList();
    }
}
