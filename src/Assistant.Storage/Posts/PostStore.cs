using System.Data.Common;
using System.Text.Json;
using Assistant.Core.Monitoring;
using Assistant.Core.Storage;
using Assistant.Storage.Engine;

namespace Assistant.Storage.Posts;

/// <summary>
/// Received posts in the <c>posts</c> table of either engine: unique on (source, external id); claimed for scoring with
/// a lease (<c>lease_until</c>; on PostgreSQL with <c>FOR UPDATE SKIP LOCKED</c>, so concurrent claimers take disjoint
/// rows); a scoring recorded only over an unscored row.
/// </summary>
internal sealed class PostStore(StoreDatabase database, TimeProvider time) : IPostStore
{
    private const string Columns = "id, source, external_id, url, author, published_at, text, likes, shares, comments, received_at, result";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <inheritdoc />
    public async Task<int> InsertAsync(IReadOnlyList<Post> posts, DateTimeOffset receivedAt, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command("""
            INSERT INTO posts (source, external_id, url, author, published_at, text, likes, shares, comments, received_at)
            VALUES (@source, @externalId, @url, @author, @publishedAt, @text, @likes, @shares, @comments, @receivedAt)
            ON CONFLICT (source, external_id) DO NOTHING
            """, transaction);
        var parameters = new[] { "@source", "@externalId", "@url", "@author", "@publishedAt", "@text", "@likes", "@shares", "@comments", "@receivedAt" }
            .Select(name => command.Add(name, null))
            .ToArray();
        var inserted = 0;
        foreach (var post in posts)
        {
            object?[] values =
            [
                post.Source, post.ExternalId, post.Url, post.Author, database.OptionalTime(post.PublishedAt),
                post.Text, post.Likes, post.Shares, post.Comments, database.Time(receivedAt),
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

    /// <inheritdoc />
    public async Task<IReadOnlyList<PendingPost>> ClaimPendingAsync(int limit, TimeSpan lease, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(limit);
        var now = time.GetUtcNow();
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command($"""
            WITH picked AS (
                SELECT id FROM posts WHERE scored = 0 AND (lease_until IS NULL OR lease_until <= @now)
                ORDER BY id LIMIT @limit{database.ClaimSuffix})
            UPDATE posts SET lease_until = @until WHERE id IN (SELECT id FROM picked)
            RETURNING {Columns}
            """);
        command.Add("@until", database.Time(now + lease));
        command.Add("@now", database.Time(now));
        command.Add("@limit", limit);
        return (await ReadAsync(command, cancellationToken).ConfigureAwait(false))
            .OrderBy(p => p.Id)
            .Select(p => new PendingPost(p.Id, p.Post))
            .ToList();
    }

    /// <inheritdoc />
    public async Task<bool> MarkScoredAsync(long rowId, ScoredPost scored, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command(
            "UPDATE posts SET scored = 1, flagged = @flagged, result = @result, lease_until = NULL WHERE id = @id AND scored = 0");
        command.Add("@flagged", scored.Flagged ? 1 : 0);
        command.Add("@result", JsonSerializer.Serialize(scored, Json));
        command.Add("@id", rowId);
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<ArchivedPost>> SearchAsync(PostSearch search, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(search);
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.CreateCommand();
        var where = PostSearchFilter.Where(search, command, database);
        command.CommandText = $"SELECT {Columns} FROM posts {where} ORDER BY id DESC LIMIT @scan";
        command.Add("@scan", PostSearchFilter.MaxScannedPerSearch);
        return PostSearchFilter.Apply(search, await ReadAsync(command, cancellationToken).ConfigureAwait(false));
    }

    /// <inheritdoc />
    public async Task<ArchivedPost?> FindAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command($"SELECT {Columns} FROM posts WHERE id = @id");
        command.Add("@id", id);
        return (await ReadAsync(command, cancellationToken).ConfigureAwait(false)).FirstOrDefault();
    }

    /// <inheritdoc />
    public async Task<ScoredPost?> FindScoredAsync(string source, string externalId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command("SELECT result FROM posts WHERE source = @source AND external_id = @externalId AND scored = 1");
        command.Add("@source", source);
        command.Add("@externalId", externalId);
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is string json
            ? JsonSerializer.Deserialize<ScoredPost>(json, Json)
            : null;
    }

    /// <inheritdoc />
    public async Task<(int Total, int Unscored)> CountAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command("SELECT COUNT(*), COUNT(*) FILTER (WHERE scored = 0) FROM posts");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        return (Convert.ToInt32(reader.GetValue(0)), Convert.ToInt32(reader.GetValue(1)));
    }

    /// <inheritdoc />
    public async Task<int> ClearAuthorsAsync(DateTimeOffset before, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command("UPDATE posts SET author = NULL WHERE author IS NOT NULL AND received_at < @before");
        command.Add("@before", database.Time(before));
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public async Task<string?> FindAuthorAsync(string source, string externalId, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command("SELECT author FROM posts WHERE source = @source AND external_id = @externalId");
        command.Add("@source", source);
        command.Add("@externalId", externalId);
        return await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) as string;
    }

    /// <summary>Reads rows of <see cref="Columns"/>.</summary>
    private async Task<List<ArchivedPost>> ReadAsync(DbCommand command, CancellationToken cancellationToken)
    {
        var posts = new List<ArchivedPost>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
        {
            var post = new Post(reader.GetString(1), reader.GetString(2), reader.GetString(6))
            {
                Url = reader.IsDBNull(3) ? null : reader.GetString(3),
                Author = reader.IsDBNull(4) ? null : reader.GetString(4),
                PublishedAt = database.ReadOptionalTime(reader, 5),
                Likes = reader.GetInt32(7),
                Shares = reader.GetInt32(8),
                Comments = reader.GetInt32(9),
            };
            var scored = reader.IsDBNull(11) ? null : JsonSerializer.Deserialize<ScoredPost>(reader.GetString(11), Json);
            posts.Add(new ArchivedPost(reader.GetInt64(0), post, database.ReadTime(reader, 10), scored));
        }

        return posts;
    }
}
