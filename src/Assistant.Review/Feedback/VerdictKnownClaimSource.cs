using Assistant.Core.Monitoring;
using Assistant.Review.Items;
using Assistant.Review.Storage;
using Assistant.Review.Workflow;

namespace Assistant.Review.Feedback;

/// <summary>
/// The review queue's verdicts as known claims: every post of an item judged <c>sai_su_that</c> or <c>gay_hieu_lam</c>
/// (id <c>review-{item}</c>, or <c>review-{item}-{n}</c> for the n-th post of its cluster), with the latest note as explanation.
/// The list is read again only after an item changed, and the same list instance is returned until then (the monitor's
/// matcher keeps the claims' vectors for as long as it gets the same list).
/// </summary>
public sealed class VerdictKnownClaimSource(IReviewRepository repository) : IKnownClaimSource
{
    private volatile Snapshot? snapshot;

    /// <inheritdoc />
    public async Task<IReadOnlyList<KnownClaim>> GetClaimsAsync(CancellationToken cancellationToken = default)
    {
        var stamp = await repository.ChangeStampAsync(cancellationToken);
        if (snapshot is { } cached && cached.Stamp == stamp)
        {
            return cached.Claims;
        }

        var items = await repository.ListAsync(new ReviewFilter(), cancellationToken);
        var claims = items
            .Where(item => ReviewVerdicts.IsKnownClaim(item.Verdict))
            .SelectMany(item => item.Posts.Select((post, n) => new KnownClaim(
                n == 0 ? $"review-{item.Id}" : $"review-{item.Id}-{n}",
                post.Text,
                item.Verdict!,
                item.Notes.LastOrDefault()?.Text)))
            .ToList();
        snapshot = new Snapshot(stamp, claims);
        return claims;
    }

    private sealed record Snapshot(long Stamp, IReadOnlyList<KnownClaim> Claims);
}
