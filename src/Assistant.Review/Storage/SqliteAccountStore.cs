using Assistant.Review.Accounts;
using Microsoft.Data.Sqlite;

namespace Assistant.Review.Storage;

/// <summary>Accounts in the review database.</summary>
public sealed class SqliteAccountStore(ReviewDatabase database) : IAccountStore
{
    private const string Columns = "login, role, province, agency, telegram_chat, disabled, created_at, password_hash";

    /// <inheritdoc />
    public async Task<bool> AddAsync(ReviewAccount account, string passwordHash, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = SqliteCommands.Create(connection, null,
            $"INSERT OR IGNORE INTO accounts ({Columns}) VALUES ($login, $role, $province, $agency, $chat, $disabled, $created, $hash)",
            ("$login", account.Login), ("$role", account.Role), ("$province", account.Province), ("$agency", account.Agency),
            ("$chat", account.TelegramChat), ("$disabled", account.Disabled ? 1 : 0), ("$created", ReviewDatabase.Timestamp(account.CreatedAt)), ("$hash", passwordHash));
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    /// <inheritdoc />
    public async Task<IReadOnlyList<ReviewAccount>> ListAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = SqliteCommands.Create(connection, null, $"SELECT {Columns} FROM accounts ORDER BY login");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var accounts = new List<ReviewAccount>();
        while (await reader.ReadAsync(cancellationToken))
        {
            accounts.Add(Read(reader));
        }

        return accounts;
    }

    /// <inheritdoc />
    public async Task<(ReviewAccount Account, string PasswordHash)?> FindAsync(string login, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = SqliteCommands.Create(connection, null, $"SELECT {Columns} FROM accounts WHERE login = $login", ("$login", login));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? (Read(reader), reader.GetString(7)) : null;
    }

    /// <inheritdoc />
    public async Task<bool> DisableAsync(string login, CancellationToken cancellationToken = default)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = SqliteCommands.Create(connection, null, "UPDATE accounts SET disabled = 1 WHERE login = $login", ("$login", login));
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    private static ReviewAccount Read(SqliteDataReader reader) => new(
        reader.GetString(0),
        reader.GetString(1),
        reader.NullableString(2),
        reader.NullableString(3),
        reader.NullableString(4),
        reader.GetInt64(5) != 0,
        ReviewDatabase.ParseTimestamp(reader.GetString(6)));
}
