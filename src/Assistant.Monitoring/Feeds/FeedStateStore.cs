using System.Globalization;
using Assistant.Core.Configuration;
using Assistant.Monitoring.Storage;
using Microsoft.Extensions.Options;

namespace Assistant.Monitoring.Feeds;

/// <summary>
/// Remembers each feed's ETag and Last-Modified in SQLite (<c>Monitoring:Feeds:StateFile</c> in <c>Data:Directory</c>),
/// so a restarted host asks conditionally instead of downloading every feed again. State is kept per (name, url):
/// changing a feed's address starts it afresh.
/// </summary>
public sealed class FeedStateStore
{
    private const string Schema = """
        PRAGMA journal_mode = WAL;
        CREATE TABLE IF NOT EXISTS feed_state (
            name TEXT NOT NULL PRIMARY KEY,
            url TEXT NOT NULL,
            etag TEXT,
            last_modified TEXT,
            fetched_at TEXT NOT NULL);
        """;

    private readonly SqliteDatabase database;

    /// <summary>Points at the file in the data folder; the schema is created on first use.</summary>
    public FeedStateStore(IOptions<DataOptions> data, IOptions<FeedOptions> options)
    {
        database = new SqliteDatabase(Path.Combine(data.Value.FullPath, options.Value.StateFile), Schema);
    }

    /// <summary>The validators of the feed's last download, or null when it was never downloaded from this address.</summary>
    public async Task<FeedState?> FindAsync(FeedSource source, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT etag, last_modified FROM feed_state WHERE name = $name AND url = $url";
        command.Parameters.AddWithValue("$name", source.Name.Trim());
        command.Parameters.AddWithValue("$url", source.Url);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        return await reader.ReadAsync(cancellationToken).ConfigureAwait(false)
            ? new FeedState(reader.IsDBNull(0) ? null : reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1))
            : null;
    }

    /// <summary>Stores the validators of a download whose items were taken in.</summary>
    public async Task SaveAsync(FeedSource source, FeedState state, DateTimeOffset fetchedAt, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            INSERT INTO feed_state (name, url, etag, last_modified, fetched_at) VALUES ($name, $url, $etag, $lastModified, $fetchedAt)
            ON CONFLICT (name) DO UPDATE SET url = excluded.url, etag = excluded.etag, last_modified = excluded.last_modified, fetched_at = excluded.fetched_at
            """;
        command.Parameters.AddWithValue("$name", source.Name.Trim());
        command.Parameters.AddWithValue("$url", source.Url);
        command.Parameters.AddWithValue("$etag", (object?)state.ETag ?? DBNull.Value);
        command.Parameters.AddWithValue("$lastModified", (object?)state.LastModified ?? DBNull.Value);
        command.Parameters.AddWithValue("$fetchedAt", fetchedAt.UtcDateTime.ToString("O", CultureInfo.InvariantCulture));
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }
}
