using Assistant.Core.Configuration;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace Assistant.Channels.Zalo;

/// <summary>
/// The OA's SQLite file in the data folder (<c>Channels:Zalo:TokenDatabase</c>): the current token pair and the message
/// ids already taken in. The schema is created on first use.
/// </summary>
internal sealed class ZaloDatabase
{
    private readonly string _connectionString;
    private volatile bool _created;

    /// <summary>Points at the file in the data folder, created owner-only when missing.</summary>
    public ZaloDatabase(IOptions<DataOptions> data, IOptions<ZaloOptions> options)
    {
        var path = Path.Combine(data.Value.FullPath, options.Value.TokenDatabase);
        PrivateFiles.Ensure(path);
        _connectionString = new SqliteConnectionStringBuilder { DataSource = path, Pooling = false, DefaultTimeout = 30 }.ToString();
    }

    /// <summary>An open connection to the file, its tables created.</summary>
    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken);
        if (!_created)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = """
                PRAGMA journal_mode = WAL;
                CREATE TABLE IF NOT EXISTS zalo_tokens (
                    id INTEGER PRIMARY KEY CHECK (id = 1),
                    access_token TEXT NOT NULL,
                    refresh_token TEXT NOT NULL,
                    expires_at TEXT NULL,
                    updated_at TEXT NOT NULL);
                CREATE TABLE IF NOT EXISTS zalo_events (
                    msg_id TEXT PRIMARY KEY,
                    received_at TEXT NOT NULL);
                CREATE INDEX IF NOT EXISTS ix_zalo_events_received ON zalo_events(received_at);
                """;
            await command.ExecuteNonQueryAsync(cancellationToken);
            _created = true;
        }

        return connection;
    }
}
