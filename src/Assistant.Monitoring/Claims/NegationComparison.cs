namespace Assistant.Monitoring.Claims;

/// <summary>
/// A post that says a duty of the plans is cut, dropped or not needed ("cắt giảm", "bãi bỏ", "không cần") while the
/// official clause about the same thing states it without negation: the post contradicts the plan.
/// </summary>
internal static class NegationComparison
{
    /// <summary>Compares each negated clause of the post with the official clause sharing the most content word pairs with it.</summary>
    public static void Compare(ClaimText post, IReadOnlyList<OfficialClause> pool, int minShared, ClaimFindings findings)
    {
        if (pool.Count == 0 || ClaimCues.Denial.Any(post.Contains))
        {
            return;
        }

        foreach (var (start, length) in post.Segments())
        {
            if (ClaimCues.FindNegation(post, start, length) is not { } negation)
            {
                continue;
            }

            var skip = post.References().Select(r => (r.Position, Length: NumberLength(post, r))).Append(negation).ToList();
            var pairs = ClauseMatch.PairsOf(post, start, length, skip);
            var best = ClauseMatch.Best(pool, pairs, minShared).FirstOrDefault();
            if (best.Clause is not { } clause || ClaimCues.FindNegation(clause.Text, clause.Start, clause.Length) is not null)
            {
                continue;
            }

            findings.Contradiction(
                $"Bài viết nói \"{post.Slice(start, length).Trim()}\"; {clause.Source.Name} nói: \"{clause.Quote()}\"",
                clause.Source);
        }
    }

    /// <summary>The length of a reference to a document ("quyết định 157"), so its words are not taken for the subject.</summary>
    internal static int NumberLength(ClaimText text, DocumentReference reference)
    {
        var end = reference.Position;
        while (end < text.Folded.Length && !char.IsDigit(text.Folded[end]))
        {
            end++;
        }

        while (end < text.Folded.Length && (char.IsLetterOrDigit(text.Folded[end]) || text.Folded[end] is '/' or '-'))
        {
            end++;
        }

        return end - reference.Position;
    }
}
