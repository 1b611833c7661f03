using Assistant.Core.Monitoring;
using Microsoft.Extensions.Options;

namespace Assistant.Monitoring.KnownClaims;

/// <summary>
/// Finds the judged claim a post repeats, over every registered <see cref="IKnownClaimSource"/> (the repository
/// file, the review queue's verdicts), by cosine similarity of character 3-grams of folded text. Thread-safe.
/// </summary>
public sealed class KnownClaimMatcher(IEnumerable<IKnownClaimSource> sources, IOptions<KnownClaimOptions> options)
{
    private readonly IReadOnlyList<IKnownClaimSource> sources = sources.ToList();
    private readonly KnownClaimOptions settings = options.Value;
    private readonly Dictionary<IKnownClaimSource, (IReadOnlyList<KnownClaim> Claims, ShingleVector[] Vectors)> cache = [];
    private readonly Lock cacheLock = new();

    /// <summary>The most similar claim at or above the suggest threshold, or null.</summary>
    public async Task<KnownClaimCandidate?> FindAsync(string text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        var post = ShingleVector.Of(text);
        KnownClaimCandidate? best = null;
        foreach (var source in sources)
        {
            var claims = await source.GetClaimsAsync(cancellationToken).ConfigureAwait(false);
            var vectors = VectorsOf(source, claims);
            for (var i = 0; i < claims.Count; i++)
            {
                var similarity = post.Cosine(vectors[i]);
                if (similarity >= settings.SuggestThreshold && (best is null || similarity > best.Similarity))
                {
                    best = new KnownClaimCandidate(claims[i], similarity, similarity >= settings.MatchThreshold);
                }
            }
        }

        return best;
    }

    private ShingleVector[] VectorsOf(IKnownClaimSource source, IReadOnlyList<KnownClaim> claims)
    {
        lock (cacheLock)
        {
            if (cache.TryGetValue(source, out var cached) && ReferenceEquals(cached.Claims, claims))
            {
                return cached.Vectors;
            }

            var vectors = claims.Select(c => ShingleVector.Of(c.Text)).ToArray();
            cache[source] = (claims, vectors);
            return vectors;
        }
    }
}
