using Assistant.Monitoring.Claims.Lexicon;

namespace Assistant.Monitoring.Claims;

/// <summary>
/// How often and to whom a duty is reported: a post's "báo cáo … HẰNG TUẦN" or "báo cáo Quốc hội" against the official
/// clauses about the same duty, which say "định kỳ (06 tháng, cuối năm)" or "báo cáo Thủ tướng Chính phủ".
/// </summary>
internal sealed class ReportingCycleRule(ClaimLexicon lexicon, IssuingBodies bodies) : IClaimRule
{
    private const int RecipientReach = 12;

    /// <inheritdoc />
    public string Id => "reporting-cycle";

    /// <inheritdoc />
    public string Compares => "the frequency and recipient of a report with the official clauses about the same duty";

    /// <inheritdoc />
    public void Check(ClaimContext context, ClaimFindings findings)
    {
        var (post, pool) = (context.Post, context.Pool);
        if (pool.IsEmpty)
        {
            return;
        }

        var denied = post.DeniedSpans();
        foreach (var (start, length) in post.Segments())
        {
            var end = start + length;
            if (lexicon.Reporting.First(post, start, end) is not { } report || ClaimCues.IsWithin(denied, report.Position))
            {
                continue;
            }

            var frequencies = Frequencies(post, start, end);
            var recipient = RecipientOf(post, report, end);
            if (frequencies.Count == 0 && recipient is null)
            {
                continue;
            }

            var skip = frequencies.Select(f => (f.Position, f.Length))
                .Concat(recipient is { } r ? [(r.Position, r.Length)] : [])
                .Concat(post.References().Select(r => (r.Position, NegationComparison.NumberLength(post, r))))
                .ToList();
            var pairs = ClauseMatch.PairsOf(post, start, length, skip);
            var matches = pool.Best(pairs, context.Settings.MinSharedPairs);
            if (frequencies.Count > 0 && matches.Count > 0)
            {
                var near = matches.TakeWhile(m => m.Shared * 4 >= matches[0].Shared * 3).Select(m => m.Clause).ToList();
                CompareFrequency(post, start, length, frequencies, near, findings);
            }

            if (recipient is { } claimed)
            {
                CompareRecipient(post, start, length, claimed, ReportingClauses(pool, pairs, context.Settings.MinSharedPairs), findings);
            }
        }
    }

    private void CompareFrequency(ClaimText post, int start, int length, IReadOnlyList<(CuePhrases Entry, int Position, int Length)> claimed, IReadOnlyList<OfficialClause> near, ClaimFindings findings)
    {
        var stated = near.Select(c => (Clause: c, Frequencies: Frequencies(c.Text, c.Start, c.Start + c.Length))).FirstOrDefault(c => c.Frequencies.Count > 0);
        if (stated.Clause is null)
        {
            return;
        }

        if (claimed.All(f => stated.Frequencies.Any(s => s.Entry == f.Entry)))
        {
            findings.Agreement();
            return;
        }

        var written = string.Join(", ", claimed.Select(f => post.Slice(f.Position, f.Length)));
        findings.Contradiction(
            $"Bài viết nói \"{post.Slice(start, length).Trim()}\" ({written}); {stated.Clause.Source.Name} nói: \"{stated.Clause.Quote()}\"",
            stated.Clause.Source);
    }

    /// <summary>Compares the recipient with that of the best official clause about reporting the same thing (<paramref name="reporting"/>, best first).</summary>
    private void CompareRecipient(ClaimText post, int start, int length, (IssuerLevel Level, int Position, int Length) claimed, IReadOnlyList<OfficialClause> reporting, ClaimFindings findings)
    {
        var stated = reporting.Take(1)
            .Select(c => (Clause: c, Report: lexicon.Reporting.First(c.Text, c.Start, c.Start + c.Length)))
            .Where(c => c.Report is not null)
            .Select(c => (c.Clause, Recipient: RecipientOf(c.Clause.Text, c.Report!.Value, c.Clause.Start + c.Clause.Length)))
            .FirstOrDefault(c => c.Recipient is not null);
        if (stated.Clause is null)
        {
            return;
        }

        if (stated.Recipient!.Value.Level.Allows(claimed.Level))
        {
            findings.Agreement();
            return;
        }

        findings.Contradiction(
            $"Bài viết nói \"{post.Slice(start, length).Trim()}\" (báo cáo {post.Slice(claimed.Position, claimed.Length)}); {stated.Clause.Source.Name} nói: \"{stated.Clause.Quote()}\"",
            stated.Clause.Source);
    }

    /// <summary>
    /// The official clauses that say a report is made, best first by how many word pairs their passage shares with the
    /// post's sentence (a clause "định kỳ báo cáo Thủ tướng Chính phủ" is short; its passage says who reports what).
    /// </summary>
    private List<OfficialClause> ReportingClauses(ClausePool pool, IReadOnlySet<string> pairs, int minShared)
    {
        var sharedByPassage = pool.Clauses
            .GroupBy(c => c.Passage)
            .ToDictionary(g => g.Key, g => g.SelectMany(c => c.Pairs).Distinct(StringComparer.Ordinal).Count(pairs.Contains));
        return pool.Clauses
            .Where(c => sharedByPassage[c.Passage] >= minShared && lexicon.Reporting.First(c.Text, c.Start, c.Start + c.Length) is not null)
            .OrderByDescending(c => sharedByPassage[c.Passage])
            .ToList();
    }

    /// <summary>The body a report goes to: named within a few words after "báo cáo" ("báo cáo Thủ tướng", "báo cáo thẳng lên Bộ").</summary>
    private (IssuerLevel Level, int Position, int Length)? RecipientOf(ClaimText text, (int Position, int Length) report, int end)
    {
        var after = report.Position + report.Length;
        var body = bodies.FindIn(text, after, end).FirstOrDefault();
        return body.Level is not null && body.Position - after <= RecipientReach ? body : null;
    }

    private List<(CuePhrases Entry, int Position, int Length)> Frequencies(ClaimText text, int start, int end) =>
        PhraseMatches.Longest(lexicon.Frequencies, f => f, text, start, end).ToList();
}
