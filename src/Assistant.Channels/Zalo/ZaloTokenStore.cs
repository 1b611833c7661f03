using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Assistant.Channels.Zalo;

/// <summary>
/// The current token pair in the OA's SQLite file (one row, replaced in a transaction), so a rotated refresh token
/// survives restarts.
/// </summary>
internal sealed class ZaloTokenStore(ZaloDatabase database, TimeProvider time)
{
    /// <summary>The stored pair, or null before the first save.</summary>
    public async Task<ZaloTokenPair?> LoadAsync(CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT access_token, refresh_token, expires_at FROM zalo_tokens WHERE id = 1";
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        var expires = reader.IsDBNull(2) ? (DateTimeOffset?)null : DateTimeOffset.Parse(reader.GetString(2), CultureInfo.InvariantCulture);
        return new ZaloTokenPair(reader.GetString(0), reader.GetString(1), expires);
    }

    /// <summary>Replaces the stored pair atomically.</summary>
    public async Task SaveAsync(ZaloTokenPair pair, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken);
        await using var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = """
            INSERT INTO zalo_tokens (id, access_token, refresh_token, expires_at, updated_at)
            VALUES (1, $access, $refresh, $expires, $updated)
            ON CONFLICT (id) DO UPDATE SET access_token = excluded.access_token, refresh_token = excluded.refresh_token,
                expires_at = excluded.expires_at, updated_at = excluded.updated_at
            """;
        command.Parameters.AddWithValue("$access", pair.AccessToken);
        command.Parameters.AddWithValue("$refresh", pair.RefreshToken);
        command.Parameters.AddWithValue("$expires", (object?)pair.ExpiresAt?.ToString("O", CultureInfo.InvariantCulture) ?? DBNull.Value);
        command.Parameters.AddWithValue("$updated", time.GetUtcNow().ToString("O", CultureInfo.InvariantCulture));
        await command.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
