using Assistant.Core.Storage;
using Assistant.Storage.Postgres;
using Npgsql;

namespace Assistant.Storage.Locks;

/// <summary>
/// A PostgreSQL session advisory lock on a connection of its own, held until disposed; a node that dies releases it
/// with its session.
/// </summary>
internal sealed class AdvisoryLock(PostgresStoreDatabase database) : IDistributedLock
{
    /// <inheritdoc />
    public async Task<IAsyncDisposable> AcquireAsync(string name, CancellationToken cancellationToken)
    {
        var key = AdvisoryKey.Of(name);
        var connection = (NpgsqlConnection)await database.OpenAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await using var command = new NpgsqlCommand($"SELECT pg_advisory_lock({AdvisoryKey.LockClass}, {key})", connection);
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return new Held(connection, key);
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private sealed class Held(NpgsqlConnection connection, int key) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            try
            {
                await using var command = new NpgsqlCommand($"SELECT pg_advisory_unlock({AdvisoryKey.LockClass}, {key})", connection);
                await command.ExecuteNonQueryAsync().ConfigureAwait(false);
            }
            finally
            {
                await connection.DisposeAsync().ConfigureAwait(false);
            }
        }
    }
}
