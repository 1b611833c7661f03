namespace Assistant.Monitoring.Claims;

/// <summary>
/// Which agency does what: a post naming one agency for a duty is compared with the official clauses about that duty.
/// When none of them gives it to that agency and the best one gives it to another, the post contradicts the plan.
/// </summary>
internal static class AgencyComparison
{
    private const int SubjectReach = 40;

    /// <summary>Compares the agency the post names with the agency of the official clauses about the same duty.</summary>
    public static void Compare(ClaimText post, ClausePool pool, int minShared, ClaimFindings findings)
    {
        var mentions = Agency.FindIn(post);
        if (pool.IsEmpty || mentions.Count != 1 || ClaimCues.Denial.Any(post.Contains))
        {
            return;
        }

        var (agency, position) = mentions[0];
        var (start, length) = post.Segments().FirstOrDefault(s => s.Start <= position && position < s.Start + s.Length);
        if (length == 0 || ClaimCues.FindNegation(post, start, length) is not null)
        {
            return;
        }

        var skip = agency.FoldedNames.Select(name => (Position: post.IndexOf(name, start), name.Length)).Where(s => s.Position >= 0)
            .Concat(post.References().Select(r => (r.Position, NegationComparison.NumberLength(post, r))))
            .ToList();
        var matches = pool.Best(ClauseMatch.PairsOf(post, start, length, skip), minShared);
        if (matches.Count == 0)
        {
            return;
        }

        var top = matches[0].Shared;
        var near = matches.TakeWhile(m => m.Shared * 4 >= top * 3).ToList();
        if (near.Any(m => Names(m.Clause, agency)))
        {
            findings.Agreement();
            return;
        }

        var best = matches[0].Clause;
        if (SubjectOf(best) is not { } subject || subject == agency)
        {
            return;
        }

        findings.Contradiction(
            $"Bài viết nói \"{post.Slice(start, length).Trim()}\"; {best.Source.Name} giao việc này cho {subject.Name}: \"{best.Quote()}\"",
            best.Source);
    }

    private static bool Names(OfficialClause clause, Agency agency) =>
        SubjectOf(clause) == agency || Agency.FindIn(clause.Text, clause.Start, clause.Length).Any(m => m.Agency == agency);

    /// <summary>The agency that does what a clause says: named at the start of the clause or of its passage, else in its innermost heading naming one.</summary>
    private static Agency? SubjectOf(OfficialClause clause)
    {
        var inClause = Agency.FindIn(clause.Text, clause.Start, clause.Length).FirstOrDefault();
        if (inClause.Agency is not null && inClause.Position - clause.Start <= SubjectReach)
        {
            return inClause.Agency;
        }

        var inPassage = Agency.FindIn(clause.Text).FirstOrDefault();
        if (inPassage.Agency is not null && inPassage.Position <= SubjectReach)
        {
            return inPassage.Agency;
        }

        return clause.Passage.Headings
            .Reverse()
            .Select(heading => Agency.FindIn(ClaimText.Of(heading)).FirstOrDefault().Agency)
            .FirstOrDefault(a => a is not null);
    }
}
