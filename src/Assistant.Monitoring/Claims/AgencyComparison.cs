using Assistant.Core.Agencies;

namespace Assistant.Monitoring.Claims;

/// <summary>
/// Which agency does what: a post naming one agency for a duty is compared with the official clauses about that duty.
/// When none of them gives it to that agency and the best one gives it to another, the post contradicts the plan.
/// Agencies named in a rumour the post denies are not its claims.
/// </summary>
internal sealed class AgencyComparison(AgencyDirectory agencies) : IClaimRule
{
    private const int SubjectReach = 40;

    private const string AssignmentCue = "phan cong thuc hien";

    private static readonly string[] SharedCues = ["chu tri", "phoi hop"];

    /// <inheritdoc />
    public string Id => "agency";

    /// <inheritdoc />
    public string Compares => "the agency a post gives a duty to with the agency the official clauses give it to";

    /// <summary>Compares the agency the post names with the agency of the official clauses about the same duty.</summary>
    public void Check(ClaimContext context, ClaimFindings findings)
    {
        var (post, pool, minShared) = (context.Post, context.Pool, context.Settings.MinSharedPairs);
        var denied = post.DeniedSpans();
        var mentions = FindIn(agencies, post).Where(m => !ClaimCues.IsWithin(denied, m.Position)).ToList();
        if (pool.IsEmpty || mentions.Count != 1)
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
        if (near.Any(m => Names(m.Clause, agency, agencies)))
        {
            findings.Agreement();
            return;
        }

        var best = matches[0].Clause;
        if (SubjectOf(best, agencies) is not { } subject || subject == agency)
        {
            return;
        }

        findings.Contradiction(
            $"Bài viết nói \"{post.Slice(start, length).Trim()}\"; {best.Source.Name} giao việc này cho {subject.Name}: \"{best.Quote()}\"",
            best.Source);
    }

    /// <summary>
    /// True when the clause gives its duty to the agency: as its subject, named in the clause, or as one of the bodies
    /// the duty is shared between ("Sở A chủ trì, phối hợp với Sở B ..." in the clause's sentence, or a passage's
    /// "Phân công thực hiện: ..." line).
    /// </summary>
    private static bool Names(OfficialClause clause, KnownAgency agency, AgencyDirectory agencies) =>
        SubjectOf(clause, agencies) == agency
        || FindIn(agencies, clause.Text, clause.Start, clause.Length).Any(m => m.Agency == agency)
        || SharedWith(clause, agencies).Contains(agency);

    /// <summary>The agencies a duty is shared between: named in the clause's sentence when it says who works together, or in the passage's assignment.</summary>
    private static IEnumerable<KnownAgency> SharedWith(OfficialClause clause, AgencyDirectory agencies)
    {
        var text = clause.Text;
        var (start, length) = SentenceOf(text, clause.Start, clause.Length);
        var sentence = SharedCues.Any(cue => IndexWithin(text, cue, start, length) >= 0)
            ? FindIn(agencies, text, start, length).Select(m => m.Agency)
            : [];
        var assigned = text.Segments()
            .Where(s => IndexWithin(text, AssignmentCue, s.Start, s.Length) >= 0)
            .SelectMany(s => FindIn(agencies, text, s.Start, s.Length).Select(m => m.Agency));
        return sentence.Concat(assigned);
    }

    /// <summary>The sentence (between full stops) holding a clause.</summary>
    private static (int Start, int Length) SentenceOf(ClaimText text, int start, int length)
    {
        var folded = text.Folded;
        var from = start;
        while (from > 0 && !(folded[from - 1] == ' ' && from > 1 && folded[from - 2] == '.'))
        {
            from--;
        }

        var to = folded.IndexOf(". ", start + length, StringComparison.Ordinal);
        return (from, (to < 0 ? folded.Length : to) - from);
    }

    private static int IndexWithin(ClaimText text, string phrase, int start, int length)
    {
        var at = text.IndexOf(phrase, start);
        return at >= 0 && at + phrase.Length <= start + length ? at : -1;
    }

    /// <summary>The agency that does what a clause says: named at the start of the clause or of its passage, else in its innermost heading naming one.</summary>
    private static KnownAgency? SubjectOf(OfficialClause clause, AgencyDirectory agencies)
    {
        var inClause = FindIn(agencies, clause.Text, clause.Start, clause.Length).FirstOrDefault();
        if (inClause.Agency is not null && inClause.Position - clause.Start <= SubjectReach)
        {
            return inClause.Agency;
        }

        var inPassage = FindIn(agencies, clause.Text).FirstOrDefault();
        if (inPassage.Agency is not null && inPassage.Position <= SubjectReach)
        {
            return inPassage.Agency;
        }

        return clause.Passage.Headings
            .Reverse()
            .Select(heading => FindIn(agencies, ClaimText.Of(heading)).FirstOrDefault().Agency)
            .FirstOrDefault(a => a is not null);
    }

    /// <summary>The known agencies a folded span names, each with its first position, in order.</summary>
    internal static List<(KnownAgency Agency, int Position)> FindIn(AgencyDirectory agencies, ClaimText text, int start = 0, int length = -1)
    {
        var end = length < 0 ? text.Folded.Length : start + length;
        var found = new List<(KnownAgency Agency, int Position)>();
        foreach (var agency in agencies.Known)
        {
            var first = agency.FoldedNames
                .Select(name => (Name: name, At: text.IndexOf(name, start)))
                .Where(m => m.At >= 0 && m.At + m.Name.Length <= end)
                .Select(m => m.At)
                .DefaultIfEmpty(-1)
                .Min();
            if (first >= 0)
            {
                found.Add((agency, first));
            }
        }

        return found.OrderBy(f => f.Position).ToList();
    }
}
