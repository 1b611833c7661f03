using Assistant.Core.Monitoring;
using Assistant.Core.Storage;

namespace Assistant.Monitoring.Intake;

/// <summary>
/// Takes posts in: stores them (committed before this returns, so an acknowledged post survives a crash) and wakes
/// the <see cref="PostScoringWorker"/>, which scores them and sends flagged ones to the review queue.
/// </summary>
public sealed class PostIntake(IPostStore store, IntakeSignal signal, TimeProvider time) : IPostIntake
{
    /// <inheritdoc />
    public async Task<int> ReceiveAsync(IReadOnlyList<Post> posts, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(posts);
        if (posts.Count == 0)
        {
            return 0;
        }

        var inserted = await store.InsertAsync(posts, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
        signal.Notify();
        return inserted;
    }
}
