using Assistant.Core.Storage;
using Assistant.Storage.Engine;

namespace Assistant.Storage.Channels;

/// <summary>Token pairs in the <c>token_pairs</c> table, one row per account name, replaced in one statement.</summary>
internal sealed class TokenPairStore(StoreDatabase database, TimeProvider time) : ITokenPairStore
{
    /// <inheritdoc />
    public async Task<TokenPair> GetOrAddAsync(string name, TokenPair seed, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (var insert = connection.Command("""
            INSERT INTO token_pairs (name, access_token, refresh_token, expires_at, updated_at)
            VALUES (@name, @access, @refresh, @expires, @updated) ON CONFLICT (name) DO NOTHING
            """))
        {
            AddPair(insert, name, seed, time.GetUtcNow());
            await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }

        await using var command = connection.Command("SELECT access_token, refresh_token, expires_at FROM token_pairs WHERE name = @name");
        command.Add("@name", name);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await reader.ReadAsync(cancellationToken).ConfigureAwait(false);
        return new TokenPair(reader.GetString(0), reader.GetString(1), database.ReadOptionalTime(reader, 2));
    }

    /// <inheritdoc />
    public async Task SaveAsync(string name, TokenPair pair, DateTimeOffset updatedAt, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        await using var command = connection.Command("""
            INSERT INTO token_pairs (name, access_token, refresh_token, expires_at, updated_at)
            VALUES (@name, @access, @refresh, @expires, @updated)
            ON CONFLICT (name) DO UPDATE SET access_token = excluded.access_token, refresh_token = excluded.refresh_token,
                expires_at = excluded.expires_at, updated_at = excluded.updated_at
            """);
        AddPair(command, name, pair, updatedAt);
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private void AddPair(System.Data.Common.DbCommand command, string name, TokenPair pair, DateTimeOffset updatedAt)
    {
        command.Add("@name", name);
        command.Add("@access", pair.AccessToken);
        command.Add("@refresh", pair.RefreshToken);
        command.Add("@expires", database.OptionalTime(pair.ExpiresAt));
        command.Add("@updated", database.Time(updatedAt));
    }
}
