using Assistant.Core.Storage;
using Assistant.Storage.Engine;

namespace Assistant.Storage.Feeds;

/// <summary>Each feed's validators in the <c>feed_state</c> table, one row per feed name (a new address replaces the old).</summary>
internal sealed class FeedStateStore(StoreDatabase database) : IFeedStateStore
{
    /// <inheritdoc />
    public async Task<FeedState?> FindAsync(string name, string url, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command("SELECT etag, last_modified FROM feed_state WHERE name = @name AND url = @url");
        command.Add("@name", name.Trim());
        command.Add("@url", url);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false)
            ? new FeedState(reader.IsDBNull(0) ? null : reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1))
            : null;
    }

    /// <inheritdoc />
    public async Task SaveAsync(string name, string url, FeedState state, DateTimeOffset fetchedAt, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command("""
            INSERT INTO feed_state (name, url, etag, last_modified, fetched_at) VALUES (@name, @url, @etag, @lastModified, @fetchedAt)
            ON CONFLICT (name) DO UPDATE SET url = excluded.url, etag = excluded.etag, last_modified = excluded.last_modified, fetched_at = excluded.fetched_at
            """);
        command.Add("@name", name.Trim());
        command.Add("@url", url);
        command.Add("@etag", state.ETag);
        command.Add("@lastModified", state.LastModified);
        command.Add("@fetchedAt", database.Time(fetchedAt));
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
