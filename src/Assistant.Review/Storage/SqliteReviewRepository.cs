using System.Data;
using System.Text;
using System.Text.Json;
using Assistant.Core.Monitoring;
using Assistant.Review.Items;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace Assistant.Review.Storage;

/// <summary>
/// Review items in SQLite: one transaction per change, audit rows written in the same transaction. A stored item that
/// cannot be read (a damaged row) is left out of every answer with a warning naming it, so it cannot break the list.
/// </summary>
public sealed partial class SqliteReviewRepository(ReviewDatabase database, ILogger<SqliteReviewRepository> logger) : IReviewRepository
{
    private const string ItemColumns = "id, version, state, verdict, risk, label, reasons, passages, province, assigned_to, draft, known_claim, created_at, updated_at, judged_at";
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <inheritdoc />
    public async Task<bool> ContainsPostAsync(string source, string externalId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = SqliteCommands.Create(connection, null, "SELECT 1 FROM posts WHERE source = $s AND external_id = $e", ("$s", source), ("$e", externalId));
        return await command.ExecuteScalarAsync(cancellationToken) is not null;
    }

    /// <inheritdoc />
    public async Task<long> ChangeStampAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = SqliteCommands.Create(connection, null, "SELECT COALESCE(SUM(version), 0) FROM items");
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<(long ItemId, string Text)>> RecentPostsAsync(DateTimeOffset since, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = SqliteCommands.Create(connection, null, "SELECT item_id, text FROM posts WHERE received_at >= $since ORDER BY id", ("$since", ReviewDatabase.Timestamp(since)));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var posts = new List<(long, string)>();
        while (await reader.ReadAsync(cancellationToken))
        {
            posts.Add((reader.GetInt64(0), reader.GetString(1)));
        }

        return posts;
    }

    /// <inheritdoc />
    public async Task<long> AddAsync(ReviewItem item, IReadOnlyList<AuditEntry> audit, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(IsolationLevel.Serializable, cancellationToken);
        await using var insert = SqliteCommands.Create(connection, transaction,
            """
            INSERT INTO items (version, state, verdict, risk, label, reasons, passages, province, assigned_to, draft, known_claim, created_at, updated_at, judged_at)
            VALUES (1, $state, $verdict, $risk, $label, $reasons, $passages, $province, $assigned, $draft, $known, $created, $updated, $judged)
            RETURNING id
            """,
            ("$state", item.State), ("$verdict", item.Verdict), ("$risk", item.Risk), ("$label", item.Label),
            ("$reasons", JsonSerializer.Serialize(item.Reasons, Json)), ("$passages", JsonSerializer.Serialize(item.Passages, Json)),
            ("$province", item.Province), ("$assigned", item.AssignedTo), ("$draft", item.Draft), ("$known", item.KnownClaimId),
            ("$created", ReviewDatabase.Timestamp(item.CreatedAt)), ("$updated", ReviewDatabase.Timestamp(item.UpdatedAt)),
            ("$judged", item.JudgedAt is { } judged ? ReviewDatabase.Timestamp(judged) : null));
        var id = (long)(await insert.ExecuteScalarAsync(cancellationToken))!;
        foreach (var post in item.Posts)
        {
            await InsertPostAsync(connection, transaction, id, post, cancellationToken);
        }

        await InsertAuditAsync(connection, transaction, id, audit, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return id;
    }

    /// <inheritdoc />
    public async Task AddToClusterAsync(long itemId, ReviewPost post, double risk, AuditEntry audit, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(IsolationLevel.Serializable, cancellationToken);
        await InsertPostAsync(connection, transaction, itemId, post, cancellationToken);
        await using var update = SqliteCommands.Create(connection, transaction,
            "UPDATE items SET version = version + 1, risk = MAX(risk, $risk), updated_at = $at WHERE id = $id",
            ("$risk", risk), ("$at", ReviewDatabase.Timestamp(audit.At)), ("$id", itemId));
        await update.ExecuteNonQueryAsync(cancellationToken);
        await InsertAuditAsync(connection, transaction, itemId, [audit], cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task<ReviewItem?> FindAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        var items = await ReadItemsAsync(connection, null, "WHERE id = $id", [("$id", id)], cancellationToken);
        return items.SingleOrDefault();
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<ReviewItem>> ListAsync(ReviewFilter filter, CancellationToken cancellationToken = default)
    {
        var where = new StringBuilder("WHERE 1 = 1");
        var parameters = new List<(string, object?)>();
        if (filter.State is not null)
        {
            where.Append(" AND state = $state");
            parameters.Add(("$state", filter.State));
        }

        if (filter.Province is not null)
        {
            where.Append(" AND province = $province");
            parameters.Add(("$province", filter.Province));
        }

        if (filter.MinRisk is { } minRisk)
        {
            where.Append(" AND risk >= $risk");
            parameters.Add(("$risk", minRisk));
        }

        if (filter.From is { } from)
        {
            where.Append(" AND created_at >= $from");
            parameters.Add(("$from", ReviewDatabase.Timestamp(from)));
        }

        if (filter.To is { } to)
        {
            where.Append(" AND created_at < $to");
            parameters.Add(("$to", ReviewDatabase.Timestamp(to)));
        }

        await using var connection = await database.OpenAsync(cancellationToken);
        return await ReadItemsAsync(connection, null, where.ToString(), parameters, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<ReviewItem> UpdateAsync(ReviewItem item, long expectedVersion, ReviewNote? note, IReadOnlyList<AuditEntry> audit, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(IsolationLevel.Serializable, cancellationToken);
        await using var update = SqliteCommands.Create(connection, transaction,
            """
            UPDATE items SET version = version + 1, state = $state, verdict = $verdict, assigned_to = $assigned, draft = $draft,
                judged_at = $judged, updated_at = $updated
            WHERE id = $id AND version = $version
            """,
            ("$state", item.State), ("$verdict", item.Verdict), ("$assigned", item.AssignedTo), ("$draft", item.Draft),
            ("$judged", item.JudgedAt is { } judged ? ReviewDatabase.Timestamp(judged) : null),
            ("$updated", ReviewDatabase.Timestamp(item.UpdatedAt)), ("$id", item.Id), ("$version", expectedVersion));
        if (await update.ExecuteNonQueryAsync(cancellationToken) != 1)
        {
            throw new ReviewConflictException(item.Id, expectedVersion);
        }

        if (note is not null)
        {
            await using var insertNote = SqliteCommands.Create(connection, transaction,
                "INSERT INTO notes (item_id, author, created_at, text) VALUES ($id, $author, $at, $text)",
                ("$id", item.Id), ("$author", note.Author), ("$at", ReviewDatabase.Timestamp(note.At)), ("$text", note.Text));
            await insertNote.ExecuteNonQueryAsync(cancellationToken);
        }

        await InsertAuditAsync(connection, transaction, item.Id, audit, cancellationToken);
        var stored = (await ReadItemsAsync(connection, transaction, "WHERE id = $id", [("$id", item.Id)], cancellationToken)).Single();
        await transaction.CommitAsync(cancellationToken);
        return stored;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<AuditEntry>> AuditAsync(long id, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = SqliteCommands.Create(connection, null, "SELECT actor, at, action, detail FROM audit WHERE item_id = $id ORDER BY id", ("$id", id));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var entries = new List<AuditEntry>();
        while (await reader.ReadAsync(cancellationToken))
        {
            entries.Add(new AuditEntry(reader.GetString(0), ReviewDatabase.ParseTimestamp(reader.GetString(1)), reader.GetString(2), reader.GetString(3)));
        }

        return entries;
    }

    private static async Task InsertPostAsync(SqliteConnection connection, SqliteTransaction transaction, long itemId, ReviewPost post, CancellationToken cancellationToken)
    {
        await using var command = SqliteCommands.Create(connection, transaction,
            """
            INSERT INTO posts (item_id, source, external_id, text, url, published_at, likes, shares, comments, received_at)
            VALUES ($item, $source, $external, $text, $url, $published, $likes, $shares, $comments, $received)
            """,
            ("$item", itemId), ("$source", post.Source), ("$external", post.ExternalId), ("$text", post.Text), ("$url", post.Url),
            ("$published", post.PublishedAt is { } published ? ReviewDatabase.Timestamp(published) : null),
            ("$likes", post.Likes), ("$shares", post.Shares), ("$comments", post.Comments), ("$received", ReviewDatabase.Timestamp(post.ReceivedAt)));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static async Task InsertAuditAsync(SqliteConnection connection, SqliteTransaction transaction, long itemId, IReadOnlyList<AuditEntry> audit, CancellationToken cancellationToken)
    {
        foreach (var entry in audit)
        {
            await using var command = SqliteCommands.Create(connection, transaction,
                "INSERT INTO audit (item_id, actor, at, action, detail) VALUES ($id, $actor, $at, $action, $detail)",
                ("$id", itemId), ("$actor", entry.Actor), ("$at", ReviewDatabase.Timestamp(entry.At)), ("$action", entry.Action), ("$detail", entry.Detail));
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private async Task<IReadOnlyList<ReviewItem>> ReadItemsAsync(SqliteConnection connection, SqliteTransaction? transaction, string where, IReadOnlyList<(string, object?)> parameters, CancellationToken cancellationToken)
    {
        var items = new List<ReviewItem>();
        await using (var command = SqliteCommands.Create(connection, transaction, $"SELECT {ItemColumns} FROM items {where} ORDER BY id", [.. parameters]))
        await using (var reader = await command.ExecuteReaderAsync(cancellationToken))
        {
            while (await reader.ReadAsync(cancellationToken))
            {
                try
                {
                    items.Add(ReadItem(reader));
                }
                catch (Exception exception) when (exception is JsonException or FormatException or InvalidCastException or OverflowException)
                {
                    LogUnreadableItem(reader.GetInt64(0), exception.Message);
                }
            }
        }

        if (items.Count == 0)
        {
            return items;
        }

        var ids = string.Join(",", items.Select(i => i.Id));
        var posts = await ReadChildrenAsync(connection, transaction,
            $"SELECT item_id, source, external_id, text, url, published_at, likes, shares, comments, received_at FROM posts WHERE item_id IN ({ids}) ORDER BY id",
            reader => new ReviewPost(reader.GetString(1), reader.GetString(2), reader.GetString(3), ReviewDatabase.ParseTimestamp(reader.GetString(9)))
            {
                Url = reader.NullableString(4),
                PublishedAt = reader.NullableString(5) is { } published ? ReviewDatabase.ParseTimestamp(published) : null,
                Likes = Count(reader, 6),
                Shares = Count(reader, 7),
                Comments = Count(reader, 8),
            },
            cancellationToken);
        var notes = await ReadChildrenAsync(connection, transaction,
            $"SELECT item_id, author, created_at, text FROM notes WHERE item_id IN ({ids}) ORDER BY id",
            reader => new ReviewNote(reader.GetString(1), ReviewDatabase.ParseTimestamp(reader.GetString(2)), reader.GetString(3)),
            cancellationToken);
        return items.Select(item => item with
        {
            Posts = posts[item.Id].ToList(),
            Notes = notes[item.Id].ToList(),
        }).ToList();
    }

    private static async Task<ILookup<long, T>> ReadChildrenAsync<T>(SqliteConnection connection, SqliteTransaction? transaction, string sql, Func<SqliteDataReader, T> read, CancellationToken cancellationToken)
    {
        var rows = new List<(long, T)>();
        await using var command = SqliteCommands.Create(connection, transaction, sql);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add((reader.GetInt64(0), read(reader)));
        }

        return rows.ToLookup(row => row.Item1, row => row.Item2);
    }

    /// <summary>A stored count, clamped to [0, int.MaxValue] so a bad row (written before counts were checked) still reads.</summary>
    private static int Count(SqliteDataReader reader, int ordinal) => (int)Math.Clamp(reader.GetInt64(ordinal), 0, int.MaxValue);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Review item {ItemId} cannot be read and is left out: {Problem}")]
    private partial void LogUnreadableItem(long itemId, string problem);

    private static ReviewItem ReadItem(SqliteDataReader reader) => new()
    {
        Id = reader.GetInt64(0),
        Version = reader.GetInt64(1),
        State = reader.GetString(2),
        Verdict = reader.NullableString(3),
        Risk = reader.GetDouble(4),
        Label = reader.GetString(5),
        Reasons = JsonSerializer.Deserialize<List<string>>(reader.GetString(6), Json) ?? [],
        Passages = JsonSerializer.Deserialize<List<OfficialPassage>>(reader.GetString(7), Json) ?? [],
        Province = reader.NullableString(8),
        AssignedTo = reader.NullableString(9),
        Draft = reader.NullableString(10),
        KnownClaimId = reader.NullableString(11),
        CreatedAt = ReviewDatabase.ParseTimestamp(reader.GetString(12)),
        UpdatedAt = ReviewDatabase.ParseTimestamp(reader.GetString(13)),
        JudgedAt = reader.NullableString(14) is { } judged ? ReviewDatabase.ParseTimestamp(judged) : null,
    };
}
