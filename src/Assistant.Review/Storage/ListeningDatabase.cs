using System.Globalization;
using Assistant.Core.Configuration;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace Assistant.Review.Storage;

/// <summary>
/// The listening loop's SQLite file (<c>Listening:DatabaseFile</c> in the data folder): official answers, their
/// append-only audit and the topics marked handled. Migrated on first use like <see cref="ReviewDatabase"/>: each migration
/// once, in a transaction, bumping <c>PRAGMA user_version</c>.
/// </summary>
public sealed class ListeningDatabase
{
    private static readonly string[] Migrations =
    [
        """
        CREATE TABLE official_answers (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            version INTEGER NOT NULL,
            state TEXT NOT NULL,
            province TEXT,
            question TEXT NOT NULL,
            paraphrases TEXT NOT NULL,
            answer TEXT NOT NULL,
            citations TEXT NOT NULL,
            author TEXT NOT NULL,
            created_at TEXT NOT NULL,
            published_at TEXT,
            published_by TEXT,
            topic_key TEXT);
        CREATE TABLE official_audit (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            answer_id INTEGER NOT NULL REFERENCES official_answers(id),
            actor TEXT NOT NULL,
            at TEXT NOT NULL,
            action TEXT NOT NULL,
            version INTEGER NOT NULL);
        CREATE INDEX ix_official_audit_answer ON official_audit(answer_id);
        CREATE TRIGGER official_audit_no_update BEFORE UPDATE ON official_audit BEGIN SELECT RAISE(ABORT, 'audit is append-only'); END;
        CREATE TRIGGER official_audit_no_delete BEFORE DELETE ON official_audit BEGIN SELECT RAISE(ABORT, 'audit is append-only'); END;
        CREATE TABLE handled_topics (
            topic_key TEXT PRIMARY KEY,
            actor TEXT NOT NULL,
            at TEXT NOT NULL);
        """,
    ];

    private readonly Lazy<string> connectionString;

    /// <summary>Points at the file in the configured data folder.</summary>
    public ListeningDatabase(IOptions<DataOptions> data, IOptions<ListeningOptions> options)
    {
        connectionString = new Lazy<string>(() => Migrate(Path.Combine(data.Value.FullPath, options.Value.DatabaseFile)));
    }

    /// <summary>Schema version after all migrations.</summary>
    public static int SchemaVersion => Migrations.Length;

    /// <summary>An open connection with foreign keys on.</summary>
    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString.Value);
        await connection.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA foreign_keys = ON;";
        await command.ExecuteNonQueryAsync(cancellationToken);
        return connection;
    }

    private static string Migrate(string path)
    {
        PrivateFiles.Ensure(path);
        var connectionString = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate, DefaultTimeout = 30 }.ToString();
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using (var wal = SqliteCommands.Create(connection, null, "PRAGMA journal_mode = WAL;"))
        {
            wal.ExecuteNonQuery();
        }

        using var read = SqliteCommands.Create(connection, null, "PRAGMA user_version;");
        var current = Convert.ToInt32(read.ExecuteScalar(), CultureInfo.InvariantCulture);
        for (var version = current; version < Migrations.Length; version++)
        {
            using var transaction = connection.BeginTransaction();
            using (var migrate = SqliteCommands.Create(connection, transaction, Migrations[version]))
            {
                migrate.ExecuteNonQuery();
            }

            using (var bump = SqliteCommands.Create(connection, transaction, $"PRAGMA user_version = {version + 1};"))
            {
                bump.ExecuteNonQuery();
            }

            transaction.Commit();
        }

        return connectionString;
    }
}
