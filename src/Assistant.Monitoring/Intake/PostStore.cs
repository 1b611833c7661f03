using System.Globalization;
using System.Text.Json;
using Assistant.Core.Configuration;
using Assistant.Core.Monitoring;
using Assistant.Core.Text;
using Microsoft.Data.Sqlite;
using Assistant.Monitoring.Storage;
using Microsoft.Extensions.Options;

namespace Assistant.Monitoring.Intake;

/// <summary>
/// The SQLite file of received posts (<c>posts.db</c> in <c>Data:Directory</c>): unique on (source, external id),
/// with a scored state so posts received but not scored before a stop are scored after the restart. Also the
/// <see cref="IPostArchive"/> spokespersons search, flagged posts or not.
/// </summary>
public sealed class PostStore : IPostArchive
{
    /// <summary>Rows read per search before the text and score filters (newest first), so a search stays bounded.</summary>
    public const int MaxScannedPerSearch = 5000;

    private const string Columns = "id, source, external_id, url, author, published_at, text, likes, shares, comments, received_at, result";

    /// <summary>File name inside <c>Data:Directory</c>.</summary>
    public const string FileName = "posts.db";

    private const string Schema = """
        PRAGMA journal_mode = WAL;
        CREATE TABLE IF NOT EXISTS posts (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            source TEXT NOT NULL,
            external_id TEXT NOT NULL,
            url TEXT,
            author TEXT,
            published_at TEXT,
            text TEXT NOT NULL,
            likes INTEGER NOT NULL,
            shares INTEGER NOT NULL,
            comments INTEGER NOT NULL,
            received_at TEXT NOT NULL,
            scored INTEGER NOT NULL DEFAULT 0,
            flagged INTEGER,
            result TEXT,
            UNIQUE (source, external_id));
        CREATE INDEX IF NOT EXISTS ix_posts_unscored ON posts(scored, id);
        """;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly SqliteDatabase database;

    /// <summary>Points at the file in the data folder; the schema is created on first use.</summary>
    public PostStore(IOptions<DataOptions> data)
    {
        database = new SqliteDatabase(Path.Combine(data.Value.FullPath, FileName), Schema);
    }

    /// <summary>Stores the posts in one transaction; a post already stored is left as it is. Returns how many were new.</summary>
    public async Task<int> InsertAsync(IReadOnlyList<Post> posts, DateTimeOffset receivedAt, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO posts (source, external_id, url, author, published_at, text, likes, shares, comments, received_at)
            VALUES ($source, $externalId, $url, $author, $publishedAt, $text, $likes, $shares, $comments, $receivedAt)
            ON CONFLICT (source, external_id) DO NOTHING
            """;
        var parameters = new[] { "$source", "$externalId", "$url", "$author", "$publishedAt", "$text", "$likes", "$shares", "$comments", "$receivedAt" }
            .Select(name => command.Parameters.Add(new SqliteParameter { ParameterName = name }))
            .ToArray();
        var inserted = 0;
        foreach (var post in posts)
        {
            object?[] values =
            [
                post.Source, post.ExternalId, post.Url, post.Author,
                post.PublishedAt is { } published ? Timestamp(published) : null,
                post.Text, post.Likes, post.Shares, post.Comments, Timestamp(receivedAt),
            ];
            for (var i = 0; i < values.Length; i++)
            {
                parameters[i].Value = values[i] ?? DBNull.Value;
            }

            inserted += await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
        return inserted;
    }

    /// <summary>Up to <paramref name="limit"/> posts not yet scored, oldest first.</summary>
    public async Task<IReadOnlyList<PendingPost>> PendingAsync(int limit, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {Columns} FROM posts WHERE scored = 0 ORDER BY id LIMIT $limit";
        command.Parameters.AddWithValue("$limit", limit);
        return (await ReadAsync(command, cancellationToken).ConfigureAwait(false)).Select(p => new PendingPost(p.Id, p.Post)).ToList();
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<ArchivedPost>> SearchAsync(PostSearch search, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(search);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        var where = new List<string>();
        if (search.Source is { } source)
        {
            where.Add("source = $source");
            command.Parameters.AddWithValue("$source", source);
        }

        if (search.From is { } from)
        {
            where.Add("received_at >= $from");
            command.Parameters.AddWithValue("$from", Timestamp(from));
        }

        if (search.To is { } to)
        {
            where.Add("received_at < $to");
            command.Parameters.AddWithValue("$to", Timestamp(to));
        }

        if (search.Flagged is { } flagged)
        {
            where.Add(flagged ? "flagged = 1" : "scored = 1 AND flagged = 0");
        }

        if (search.MinScore is not null || search.Label is not null)
        {
            where.Add("scored = 1");
        }

        command.CommandText = $"SELECT {Columns} FROM posts {(where.Count == 0 ? "" : "WHERE " + string.Join(" AND ", where))} ORDER BY id DESC LIMIT $scan";
        command.Parameters.AddWithValue("$scan", MaxScannedPerSearch);
        var words = search.Text is { Length: > 0 } text ? Folded(text).Split(' ', StringSplitOptions.RemoveEmptyEntries) : [];
        return (await ReadAsync(command, cancellationToken).ConfigureAwait(false))
            .Where(p => words.Length == 0 || Folded(p.Post.Text) is var folded && words.All(w => folded.Contains(w, StringComparison.Ordinal)))
            .Where(p => search.MinScore is null || p.Scored?.Score >= search.MinScore)
            .Where(p => search.Label is null || p.Scored?.Label == search.Label)
            .Take(search.Limit)
            .ToList();
    }

    /// <inheritdoc />
    public async Task<ArchivedPost?> FindAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {Columns} FROM posts WHERE id = $id";
        command.Parameters.AddWithValue("$id", id);
        return (await ReadAsync(command, cancellationToken).ConfigureAwait(false)).FirstOrDefault();
    }

    /// <summary>Records the scoring of a stored post.</summary>
    public async Task MarkScoredAsync(long rowId, ScoredPost scored, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "UPDATE posts SET scored = 1, flagged = $flagged, result = $result WHERE id = $id";
        command.Parameters.AddWithValue("$flagged", scored.Flagged ? 1 : 0);
        command.Parameters.AddWithValue("$result", JsonSerializer.Serialize(scored, Json));
        command.Parameters.AddWithValue("$id", rowId);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The scoring of a post, or null when it is not stored or not scored yet.</summary>
    public async Task<ScoredPost?> FindScoredAsync(string source, string externalId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT result FROM posts WHERE source = $source AND external_id = $externalId AND scored = 1";
        command.Parameters.AddWithValue("$source", source);
        command.Parameters.AddWithValue("$externalId", externalId);
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is string json
            ? JsonSerializer.Deserialize<ScoredPost>(json, Json)
            : null;
    }

    /// <summary>Number of stored posts, and of those not yet scored.</summary>
    public async Task<(int Total, int Unscored)> CountAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*), COALESCE(SUM(scored = 0), 0) FROM posts";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        return (reader.GetInt32(0), reader.GetInt32(1));
    }

    /// <summary>Clears the author of posts received before <paramref name="before"/>; returns how many were cleared.</summary>
    public async Task<int> ClearAuthorsAsync(DateTimeOffset before, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "UPDATE posts SET author = NULL WHERE author IS NOT NULL AND received_at < $before";
        command.Parameters.AddWithValue("$before", Timestamp(before));
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The author stored for a post (null once cleared).</summary>
    public async Task<string?> FindAuthorAsync(string source, string externalId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT author FROM posts WHERE source = $source AND external_id = $externalId";
        command.Parameters.AddWithValue("$source", source);
        command.Parameters.AddWithValue("$externalId", externalId);
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as string;
    }

    /// <summary>Reads rows of <see cref="Columns"/>.</summary>
    private static async Task<List<ArchivedPost>> ReadAsync(SqliteCommand command, CancellationToken cancellationToken)
    {
        var posts = new List<ArchivedPost>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var post = new Post(reader.GetString(1), reader.GetString(2), reader.GetString(6))
            {
                Url = reader.IsDBNull(3) ? null : reader.GetString(3),
                Author = reader.IsDBNull(4) ? null : reader.GetString(4),
                PublishedAt = reader.IsDBNull(5) ? null : DateTimeOffset.Parse(reader.GetString(5), CultureInfo.InvariantCulture),
                Likes = reader.GetInt32(7),
                Shares = reader.GetInt32(8),
                Comments = reader.GetInt32(9),
            };
            var scored = reader.IsDBNull(11) ? null : JsonSerializer.Deserialize<ScoredPost>(reader.GetString(11), Json);
            posts.Add(new ArchivedPost(reader.GetInt64(0), post, DateTimeOffset.Parse(reader.GetString(10), CultureInfo.InvariantCulture), scored));
        }

        return posts;
    }

    private static string Folded(string text) => VietnameseText.Fold(VietnameseText.Normalize(text)).ToLowerInvariant();

    private static string Timestamp(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
}
