using Assistant.Core.Monitoring;

namespace Assistant.Core.Storage;

/// <summary>
/// Received posts: unique on (source, external id), claimed for scoring with a lease so several workers (on several
/// nodes) never score one post at once, and a post's scoring recorded once.
/// </summary>
public interface IPostStore : IPostArchive
{
    /// <summary>Stores the posts in one transaction; a post already stored is left as it is. Returns how many were new.</summary>
    Task<int> InsertAsync(IReadOnlyList<Post> posts, DateTimeOffset receivedAt, CancellationToken cancellationToken);

    /// <summary>
    /// Claims up to <paramref name="limit"/> unscored posts, oldest first, that nobody holds (or whose lease expired),
    /// for <paramref name="lease"/>; a claimed post is not handed out again until the lease ends.
    /// </summary>
    Task<IReadOnlyList<PendingPost>> ClaimPendingAsync(int limit, TimeSpan lease, CancellationToken cancellationToken);

    /// <summary>Records the scoring of a post; false (nothing changed) when it was scored already.</summary>
    Task<bool> MarkScoredAsync(long rowId, ScoredPost scored, CancellationToken cancellationToken);

    /// <summary>The scoring of a post, or null when it is not stored or not scored yet.</summary>
    Task<ScoredPost?> FindScoredAsync(string source, string externalId, CancellationToken cancellationToken);

    /// <summary>Number of stored posts, and of those not yet scored.</summary>
    Task<(int Total, int Unscored)> CountAsync(CancellationToken cancellationToken);

    /// <summary>Clears the author of posts received before <paramref name="before"/>; returns how many were cleared.</summary>
    Task<int> ClearAuthorsAsync(DateTimeOffset before, CancellationToken cancellationToken);

    /// <summary>The author stored for a post (null once cleared).</summary>
    Task<string?> FindAuthorAsync(string source, string externalId, CancellationToken cancellationToken);
}
