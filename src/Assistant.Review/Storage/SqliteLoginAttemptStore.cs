using System.Data;
using Assistant.Review.Accounts;
using Microsoft.Data.Sqlite;

namespace Assistant.Review.Storage;

/// <summary>
/// Login attempts in the review database; pruning, counting and recording happen in one serialised (IMMEDIATE)
/// transaction, so attempts older than the window never pile up.
/// </summary>
public sealed class SqliteLoginAttemptStore(ReviewDatabase database) : ILoginAttemptStore
{
    /// <inheritdoc />
    public async Task<long?> TryBeginAsync(string login, string address, int loginLimit, int addressLimit, DateTimeOffset since, DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(IsolationLevel.Serializable, cancellationToken);
        await using (var prune = SqliteCommands.Create(connection, transaction, "DELETE FROM login_attempts WHERE at <= $since", ("$since", ReviewDatabase.Timestamp(since))))
        {
            await prune.ExecuteNonQueryAsync(cancellationToken);
        }

        await using var count = SqliteCommands.Create(connection, transaction,
            """
            SELECT (SELECT COUNT(*) FROM login_attempts WHERE login = $login AND at > $since),
                   (SELECT COUNT(*) FROM login_attempts WHERE address = $address AND at > $since)
            """,
            ("$login", login), ("$address", address), ("$since", ReviewDatabase.Timestamp(since)));
        await using (var reader = await count.ExecuteReaderAsync(cancellationToken))
        {
            await reader.ReadAsync(cancellationToken);
            if (reader.GetInt64(0) >= loginLimit || reader.GetInt64(1) >= addressLimit)
            {
                return null;
            }
        }

        await using var insert = SqliteCommands.Create(connection, transaction,
            "INSERT INTO login_attempts (login, address, at) VALUES ($login, $address, $at) RETURNING id",
            ("$login", login), ("$address", address), ("$at", ReviewDatabase.Timestamp(now)));
        var id = (long)(await insert.ExecuteScalarAsync(cancellationToken))!;
        await transaction.CommitAsync(cancellationToken);
        return id;
    }

    /// <inheritdoc />
    public async Task SucceedAsync(string login, long attemptId, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = SqliteCommands.Create(connection, null,
            "DELETE FROM login_attempts WHERE login = $login OR id = $id", ("$login", login), ("$id", attemptId));
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
