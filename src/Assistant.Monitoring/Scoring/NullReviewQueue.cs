using Assistant.Core.Monitoring;
using Microsoft.Extensions.Logging;

namespace Assistant.Monitoring.Scoring;

/// <summary>The review queue used while none is registered: flagged posts are only logged (no personal data).</summary>
public sealed class NullReviewQueue(ILogger<NullReviewQueue> logger) : IReviewQueue
{
    /// <inheritdoc />
    public Task SubmitAsync(Post post, ScoredPost scored, CancellationToken cancellationToken = default)
    {
        logger.LogInformation("Flagged post {Source}/{ExternalId} (risk {Score}); no review queue registered", post.Source, post.ExternalId, scored.Score);
        return Task.CompletedTask;
    }
}
