using System.Data.Common;
using Assistant.Storage.Engine;
using Npgsql;

namespace Assistant.Storage.Postgres;

/// <summary>
/// The one PostgreSQL database every store shares. On first use the migration files (<c>Postgres/Migrations/*.sql</c>)
/// not yet recorded in <c>schema_migrations</c> run in one transaction under an advisory lock, so nodes starting
/// together migrate once.
/// </summary>
internal sealed class PostgresStoreDatabase : StoreDatabase
{
    private const long MigrationLock = 0x4153_5354_4D49_4752;
    private readonly SemaphoreSlim _migrating = new(1, 1);
    private volatile bool _migrated;

    /// <summary>Over <paramref name="source"/> (one pool per process).</summary>
    public PostgresStoreDatabase(NpgsqlDataSource source)
    {
        Source = source;
    }

    /// <summary>The pool of connections.</summary>
    public NpgsqlDataSource Source { get; }

    /// <inheritdoc />
    public override string ClaimSuffix => " FOR UPDATE SKIP LOCKED";

    /// <inheritdoc />
    public override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        if (!_migrated)
        {
            await MigrateOnceAsync(cancellationToken).ConfigureAwait(false);
        }

        return await Source.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    public override object Time(DateTimeOffset time) => time.ToUniversalTime();

    /// <inheritdoc />
    public override DateTimeOffset ReadTime(DbDataReader reader, int ordinal) => reader.GetFieldValue<DateTimeOffset>(ordinal);

    /// <summary>Migrates unless done; a failure (server not up yet) is thrown and tried again by the next caller.</summary>
    private async Task MigrateOnceAsync(CancellationToken cancellationToken)
    {
        await _migrating.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!_migrated)
            {
                await MigrateAsync().ConfigureAwait(false);
                _migrated = true;
            }
        }
        finally
        {
            _migrating.Release();
        }
    }

    private async Task MigrateAsync()
    {
        await using var connection = await Source.OpenConnectionAsync().ConfigureAwait(false);
        await using var transaction = await connection.BeginTransactionAsync().ConfigureAwait(false);
        await Execute(connection, transaction, $"SELECT pg_advisory_xact_lock({MigrationLock})");
        await Execute(connection, transaction, "CREATE TABLE IF NOT EXISTS schema_migrations (name TEXT PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())");
        var applied = new HashSet<string>(StringComparer.Ordinal);
        await using (var read = new NpgsqlCommand("SELECT name FROM schema_migrations", connection, transaction))
        await using (var reader = await read.ExecuteReaderAsync().ConfigureAwait(false))
        {
            while (await reader.ReadAsync().ConfigureAwait(false))
            {
                applied.Add(reader.GetString(0));
            }
        }

        foreach (var (name, sql) in MigrationScripts.Load("Postgres/").Where(script => !applied.Contains(script.Name)))
        {
            await Execute(connection, transaction, sql);
            await using var record = new NpgsqlCommand("INSERT INTO schema_migrations (name) VALUES (@name)", connection, transaction);
            record.Parameters.AddWithValue("name", name);
            await record.ExecuteNonQueryAsync().ConfigureAwait(false);
        }

        await transaction.CommitAsync().ConfigureAwait(false);
    }

    private static async Task Execute(NpgsqlConnection connection, NpgsqlTransaction transaction, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection, transaction);
        await command.ExecuteNonQueryAsync().ConfigureAwait(false);
    }
}
