using Assistant.Core.Configuration;
using Assistant.Storage.Sqlite;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace Assistant.Review.Storage;

/// <summary>
/// The review queue's SQLite file (<c>Review:DatabaseFile</c> in the data folder). The schema is migrated on first use:
/// each migration runs once, in a transaction, and bumps <c>PRAGMA user_version</c>
/// (<see cref="SqliteMigrations"/>, the product's one migration runner).
/// </summary>
public sealed class ReviewDatabase
{
    private static readonly string[] Migrations =
    [
        """
        CREATE TABLE items (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            version INTEGER NOT NULL,
            state TEXT NOT NULL,
            verdict TEXT,
            risk REAL NOT NULL,
            label TEXT NOT NULL,
            reasons TEXT NOT NULL,
            passages TEXT NOT NULL,
            province TEXT,
            assigned_to TEXT,
            draft TEXT,
            known_claim TEXT,
            created_at TEXT NOT NULL,
            updated_at TEXT NOT NULL,
            judged_at TEXT);
        CREATE INDEX ix_items_state ON items(state);
        CREATE INDEX ix_items_province ON items(province);
        CREATE INDEX ix_items_created ON items(created_at);
        CREATE TABLE posts (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            item_id INTEGER NOT NULL REFERENCES items(id),
            source TEXT NOT NULL,
            external_id TEXT NOT NULL,
            text TEXT NOT NULL,
            url TEXT,
            published_at TEXT,
            likes INTEGER NOT NULL,
            shares INTEGER NOT NULL,
            comments INTEGER NOT NULL,
            received_at TEXT NOT NULL,
            UNIQUE (source, external_id));
        CREATE INDEX ix_posts_item ON posts(item_id);
        CREATE TABLE notes (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            item_id INTEGER NOT NULL REFERENCES items(id),
            author TEXT NOT NULL,
            created_at TEXT NOT NULL,
            text TEXT NOT NULL);
        CREATE INDEX ix_notes_item ON notes(item_id);
        CREATE TABLE audit (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            item_id INTEGER NOT NULL REFERENCES items(id),
            actor TEXT NOT NULL,
            at TEXT NOT NULL,
            action TEXT NOT NULL,
            detail TEXT NOT NULL);
        CREATE INDEX ix_audit_item ON audit(item_id);
        CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit BEGIN SELECT RAISE(ABORT, 'audit is append-only'); END;
        CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit BEGIN SELECT RAISE(ABORT, 'audit is append-only'); END;
        CREATE TABLE accounts (
            login TEXT PRIMARY KEY COLLATE NOCASE,
            password_hash TEXT NOT NULL,
            role TEXT NOT NULL,
            province TEXT,
            agency TEXT,
            telegram_chat TEXT,
            disabled INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL);
        """,
        """
        CREATE TABLE login_attempts (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            login TEXT NOT NULL,
            address TEXT NOT NULL,
            at TEXT NOT NULL);
        CREATE INDEX ix_login_attempts_login ON login_attempts(login, at);
        CREATE INDEX ix_login_attempts_address ON login_attempts(address, at);
        CREATE INDEX ix_login_attempts_at ON login_attempts(at);
        CREATE TABLE sessions (
            id TEXT PRIMARY KEY,
            login TEXT NOT NULL COLLATE NOCASE,
            expires_at TEXT NOT NULL);
        CREATE INDEX ix_sessions_expires ON sessions(expires_at);
        """,
    ];

    private readonly Lazy<string> connectionString;

    /// <summary>Points at the file in the configured data folder.</summary>
    public ReviewDatabase(IOptions<DataOptions> data, IOptions<ReviewOptions> options)
    {
        connectionString = new Lazy<string>(() => Migrate(Path.Combine(data.Value.FullPath, options.Value.DatabaseFile)));
    }

    /// <summary>Schema version after all migrations.</summary>
    public static int SchemaVersion => Migrations.Length;

    /// <summary>Full path of the file.</summary>
    public string FilePath => new SqliteConnectionStringBuilder(connectionString.Value).DataSource;

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

    /// <summary>Stored form of a time: UTC, fixed width, so text order is time order (the one stored-time format).</summary>
    public static string Timestamp(DateTimeOffset time) => StoredTime.Format(time);

    /// <summary>Reads a stored time.</summary>
    public static DateTimeOffset ParseTimestamp(string text) => StoredTime.Parse(text);

    private static string Migrate(string path) => SqliteMigrations.Apply(path, Migrations);
}
