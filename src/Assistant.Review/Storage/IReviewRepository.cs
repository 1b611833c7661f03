using Assistant.Review.Items;

namespace Assistant.Review.Storage;

/// <summary>
/// Where review items live (SQLite by default; a PostgreSQL implementation can follow). Every write is one transaction
/// that also appends its audit entries.
/// </summary>
public interface IReviewRepository
{
    /// <summary>True when a post with this (source, external id) is already in some item.</summary>
    Task<bool> ContainsPostAsync(string source, string externalId, CancellationToken cancellationToken = default);

    /// <summary>Posts received since <paramref name="since"/>, with their item ids, for near-duplicate clustering.</summary>
    Task<IReadOnlyList<(long ItemId, string Text)>> RecentPostsAsync(DateTimeOffset since, CancellationToken cancellationToken = default);

    /// <summary>Creates an item with its first post and audit entries; returns the new id.</summary>
    Task<long> AddAsync(ReviewItem item, IReadOnlyList<AuditEntry> audit, CancellationToken cancellationToken = default);

    /// <summary>Adds a post to an item's cluster, raising its risk to <paramref name="risk"/> if higher; bumps the version.</summary>
    Task AddToClusterAsync(long itemId, ReviewPost post, double risk, AuditEntry audit, CancellationToken cancellationToken = default);

    /// <summary>The item with its posts and notes, or null.</summary>
    Task<ReviewItem?> FindAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>Items matching the filter, with posts and notes.</summary>
    Task<IReadOnlyList<ReviewItem>> ListAsync(ReviewFilter filter, CancellationToken cancellationToken = default);

    /// <summary>
    /// Writes the item's workflow fields (state, verdict, assignee, draft, judged time) if its stored version is still
    /// <paramref name="expectedVersion"/>, adds the note if any and the audit entries; returns the stored item.
    /// </summary>
    /// <exception cref="ReviewConflictException">The item changed since <paramref name="expectedVersion"/>.</exception>
    Task<ReviewItem> UpdateAsync(ReviewItem item, long expectedVersion, ReviewNote? note, IReadOnlyList<AuditEntry> audit, CancellationToken cancellationToken = default);

    /// <summary>The item's audit trail, oldest first.</summary>
    Task<IReadOnlyList<AuditEntry>> AuditAsync(long id, CancellationToken cancellationToken = default);

    /// <summary>A number that grows with every accepted change to any item (the sum of their versions), so readers can cache.</summary>
    Task<long> ChangeStampAsync(CancellationToken cancellationToken = default);
}
