using Assistant.Review.Accounts;

namespace Assistant.Review.Storage;

/// <summary>Dashboard sessions in the review database.</summary>
public sealed class SqliteReviewSessionStore(ReviewDatabase database) : IReviewSessionStore
{
    /// <inheritdoc />
    public async Task CreateAsync(string id, string login, DateTimeOffset expiresAt, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = SqliteCommands.Create(connection, null,
            "DELETE FROM sessions WHERE expires_at <= $now; INSERT INTO sessions (id, login, expires_at) VALUES ($id, $login, $expires)",
            ("$now", ReviewDatabase.Timestamp(now)), ("$id", id), ("$login", login), ("$expires", ReviewDatabase.Timestamp(expiresAt)));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task<DateTimeOffset?> FindAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = SqliteCommands.Create(connection, null, "SELECT expires_at FROM sessions WHERE id = $id", ("$id", id));
        return await command.ExecuteScalarAsync(cancellationToken) is string expires ? ReviewDatabase.ParseTimestamp(expires) : null;
    }

    /// <inheritdoc />
    public async Task ExtendAsync(string id, DateTimeOffset expiresAt, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = SqliteCommands.Create(connection, null, "UPDATE sessions SET expires_at = $expires WHERE id = $id", ("$id", id), ("$expires", ReviewDatabase.Timestamp(expiresAt)));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task DeleteAsync(string id, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = SqliteCommands.Create(connection, null, "DELETE FROM sessions WHERE id = $id", ("$id", id));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
