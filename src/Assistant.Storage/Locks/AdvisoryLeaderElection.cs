using Assistant.Core.Storage;
using Assistant.Storage.Postgres;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Assistant.Storage.Locks;

/// <summary>
/// Leadership as a PostgreSQL session advisory lock (<c>pg_try_advisory_lock</c>) on a connection kept open: the
/// session ending (node killed, connection lost) frees it for the next node's try.
/// </summary>
internal sealed class AdvisoryLeaderElection(PostgresStoreDatabase database, IOptions<StorageOptions> options, TimeProvider time) : ILeaderElection
{
    /// <inheritdoc />
    public async Task<ILeadership?> TryAcquireAsync(string name, CancellationToken cancellationToken)
    {
        var key = AdvisoryKey.Of(name);
        var connection = (NpgsqlConnection)await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await using var command = new NpgsqlCommand($"SELECT pg_try_advisory_lock({AdvisoryKey.LeaderClass}, {key})", connection);
            if (await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is true)
            {
                return new AdvisoryLeadership(connection, key, TimeSpan.FromSeconds(options.Value.LeaderCheckSeconds), time);
            }
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }

        await connection.DisposeAsync().ConfigureAwait(false);
        return null;
    }
}
