using Assistant.Core.Retrieval;

namespace Assistant.Monitoring.Claims;

/// <summary>
/// Compares the percentages and counts of a post with those of the retrieved passages about the same subject (enough
/// content words shared near both numbers): the same value or range agrees, another value contradicts. Numbers of a
/// rumour the post denies are not its claims.
/// </summary>
internal sealed class QuantityComparison(ClaimCheckOptions settings)
{
    /// <summary>Compares the post's numbers with the passages' numbers.</summary>
    public void Compare(ClaimText post, IReadOnlyList<ScoredPassage> hits, CorpusProfile profile, ClaimFindings findings)
    {
        var quantities = post.Quantities();
        if (quantities.Count == 0 || hits.Count == 0)
        {
            return;
        }

        var years = post.Years();
        var official = hits
            .SelectMany(h => QuantitiesOf(h, profile).Select(q => (Quantity: q, Source: new OfficialSource(h.Document, h.Passage), SameYear: NamesYear(h, years))))
            .ToList();
        var denied = post.DeniedSpans();
        foreach (var claim in quantities.Where(q => !q.Negated && !ClaimCues.IsWithin(denied, q.Position)))
        {
            var candidates = official
                .Where(o => o.Quantity.Unit == claim.Unit)
                .Select(o => (o.Quantity, o.Source, o.SameYear, Overlap: Overlap(claim.Context, o.Quantity.Context)))
                .Where(o => o.Overlap.Shared >= settings.MinSharedTerms && o.Overlap.Share >= settings.MinContextOverlap)
                .ToList();
            if (candidates.Count == 0)
            {
                continue;
            }

            var best = candidates.Max(c => c.Overlap.Share);
            var close = candidates.Where(c => c.Overlap.Share >= best * 0.8).ToList();
            if (close.Any(c => claim.Agrees(c.Quantity)))
            {
                findings.Agreement();
                continue;
            }

            var stated = close.OrderByDescending(c => c.SameYear).ThenByDescending(c => c.Overlap.Share).First();
            if (quantities.Any(q => !q.Negated && q.Unit == claim.Unit && q.Agrees(stated.Quantity)))
            {
                continue;
            }

            findings.Contradiction($"Bài viết nói {claim.Display}; {stated.Source.Name} nói {stated.Quantity.Display}", stated.Source);
        }
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
}
