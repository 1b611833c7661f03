using Assistant.Core.Retrieval;

namespace Assistant.Monitoring.Claims;

/// <summary>
/// Compares the percentages and counts of a post with those of the retrieved passages about the same subject (enough
/// content words shared near both numbers): the same value or range agrees, another value contradicts. When the post
/// gives its number a period ("giai đoạn 2026 - 2030", "hết năm 2028") only official numbers of a period holding it are
/// compared, and a value the documents give another period is told apart. Numbers of a rumour the post denies are not
/// its claims.
/// </summary>
internal static class QuantityComparison
{
    /// <summary>How each number of the post compares with the passages' numbers (numbers with nothing to compare are left out).</summary>
    public static IReadOnlyList<QuantityOutcome> Compare(ClaimText post, IReadOnlyList<ScoredPassage> hits, CorpusProfile profile, ClaimCheckOptions settings)
    {
        var quantities = post.Quantities();
        var outcomes = new List<QuantityOutcome>();
        if (quantities.Count == 0 || hits.Count == 0)
        {
            return outcomes;
        }

        var years = post.Years();
        var official = hits
            .SelectMany(h => QuantitiesOf(h, profile).Select(q => new Candidate(
                q, new OfficialSource(h.Document, h.Passage), NamesYear(h, years), profile.PeriodOf.GetValueOrDefault(h.Passage), 0)))
            .ToList();
        var denied = post.DeniedSpans();
        foreach (var claim in quantities.Where(q => !q.Negated && !ClaimCues.IsWithin(denied, q.Position)))
        {
            var candidates = official
                .Where(o => o.Quantity.Unit == claim.Unit)
                .Select(o => (Candidate: o, Overlap: Overlap(claim.Context, o.Quantity.Context)))
                .Where(o => o.Overlap.Shared >= settings.MinSharedTerms && o.Overlap.Share >= settings.MinContextOverlap)
                .Select(o => o.Candidate with { Share = o.Overlap.Share })
                .ToList();
            var period = PeriodOf(post, claim);
            var inPeriod = period is null ? candidates : candidates.Where(c => c.Period is null || c.Period.Covers(period)).ToList();
            if (inPeriod.Count == 0)
            {
                continue;
            }

            var close = Close(inPeriod);
            if (close.Any(c => claim.Agrees(c.Quantity)))
            {
                outcomes.Add(new QuantityOutcome(claim, QuantityOutcomeKind.Agrees, null, null, period, null));
                continue;
            }

            var stated = close.OrderByDescending(c => c.SameYear).ThenByDescending(c => c.Share).First();
            if (quantities.Any(q => !q.Negated && q.Unit == claim.Unit && q.Agrees(stated.Quantity)))
            {
                continue;
            }

            var otherPeriod = period is not null && Close(candidates).Except(inPeriod).Any(c => claim.Agrees(c.Quantity));
            outcomes.Add(new QuantityOutcome(
                claim, otherPeriod ? QuantityOutcomeKind.WrongPeriod : QuantityOutcomeKind.Contradicts, stated.Quantity, stated.Source, period, stated.Period));
        }

        return outcomes;
    }

    /// <summary>The period the post gives a number: the one named nearest to it in its sentence.</summary>
    private static Period? PeriodOf(ClaimText post, Quantity claim)
    {
        var (start, length) = post.Segments().FirstOrDefault(s => s.Start <= claim.Position && claim.Position < s.Start + s.Length);
        return post.Periods()
            .Where(p => p.Position >= start && p.Position < start + length)
            .OrderBy(p => Math.Abs(p.Position - claim.Position))
            .FirstOrDefault();
    }

    private static List<Candidate> Close(IReadOnlyList<Candidate> candidates)
    {
        if (candidates.Count == 0)
        {
            return [];
        }

        var best = candidates.Max(c => c.Share);
        return candidates.Where(c => c.Share >= best * 0.8).ToList();
    }

    /// <summary>True when the post names a year and the passage (or its headings) names one of the same.</summary>
    private static bool NamesYear(ScoredPassage hit, IReadOnlySet<string> years) =>
        years.Count > 0 && years.Any(y => hit.Passage.Text.Contains(y, StringComparison.Ordinal) || hit.Passage.Headings.Any(h => h.Contains(y, StringComparison.Ordinal)));

    private static IReadOnlyList<Quantity> QuantitiesOf(ScoredPassage hit, CorpusProfile profile) =>
        profile.QuantitiesOf.TryGetValue(hit.Passage, out var quantities) ? quantities : ClaimText.Of(hit.Passage.Text).Quantities();

    private static (int Shared, double Share) Overlap(IReadOnlySet<string> a, IReadOnlySet<string> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return (0, 0);
        }

        var shared = a.Count(b.Contains);
        return (shared, (double)shared / Math.Min(a.Count, b.Count));
    }

    private sealed record Candidate(Quantity Quantity, OfficialSource Source, bool SameYear, Period? Period, double Share);
}
