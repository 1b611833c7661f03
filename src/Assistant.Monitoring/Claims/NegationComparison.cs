namespace Assistant.Monitoring.Claims;

/// <summary>
/// A post that says a duty of the plans is cut, dropped or not needed ("cắt giảm", "bãi bỏ", "không cần") while the
/// official clause about the same thing states it without negation: the post contradicts the plan. A negation inside
/// a rumour the post denies is not its claim.
/// </summary>
internal sealed class NegationComparison : IClaimRule
{
    private const int ObjectWords = 4;

    /// <inheritdoc />
    public string Id => "negation";

    /// <inheritdoc />
    public string Compares => "a duty said to be cut, dropped or not needed with the official clause stating it";

    /// <summary>Compares each negated clause of the post with the official clause sharing the most content word pairs with it.</summary>
    public void Check(ClaimContext context, ClaimFindings findings)
    {
        var (post, pool, minShared) = (context.Post, context.Pool, context.Settings.MinSharedPairs);
        if (pool.IsEmpty)
        {
            return;
        }

        var denied = post.DeniedSpans();
        foreach (var (start, length) in post.Segments())
        {
            if (ClaimCues.FindNegation(post, start, length) is not { } negation || ClaimCues.IsWithin(denied, negation.Position))
            {
                continue;
            }

            var skip = post.References().Select(r => (r.Position, Length: NumberLength(post, r))).Append(negation).ToList();
            var pairs = ClauseMatch.PairsOf(post, start, length, skip);
            var negated = NegatedPairs(post, start, length, negation, skip);
            var best = pool.Best(pairs, minShared).FirstOrDefault(m => m.Clause.Pairs.Overlaps(negated));
            if (best.Clause is not { } clause || ClaimCues.FindNegation(clause.Text, clause.Start, clause.Length) is not null)
            {
                continue;
            }

            findings.Contradiction(
                $"Bài viết nói \"{post.Slice(start, length).Trim()}\"; {clause.Source.Name} nói: \"{clause.Quote()}\"",
                clause.Source);
        }
    }

    /// <summary>
    /// The pairs of content words the negation bears on: those just after it ("cắt giảm kinh phí"), or just before it
    /// when it ends the clause ("các trường không cần có").
    /// </summary>
    private static HashSet<string> NegatedPairs(ClaimText post, int start, int length, (int Position, int Length) negation, IReadOnlyList<(int Start, int Length)> skip)
    {
        var end = start + length;
        var after = negation.Position + negation.Length;
        var following = ClauseMatch.PairsOf(post, after, Reach(post, after, end, forward: true) - after, skip);
        if (following.Count > 0)
        {
            return following;
        }

        var from = Reach(post, negation.Position, start, forward: false);
        return ClauseMatch.PairsOf(post, from, negation.Position - from, skip);
    }

    /// <summary>Where a span of <see cref="ObjectWords"/> words from <paramref name="at"/> ends, within the clause.</summary>
    private static int Reach(ClaimText post, int at, int limit, bool forward)
    {
        var words = 0;
        var i = at;
        while (forward ? i < limit : i > limit)
        {
            var c = post.Folded[forward ? i : i - 1];
            if (c == ' ' && ++words > ObjectWords)
            {
                break;
            }

            i += forward ? 1 : -1;
        }

        return i;
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
