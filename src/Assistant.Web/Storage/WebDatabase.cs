using Assistant.Core.Configuration;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Options;

namespace Assistant.Web.Storage;

/// <summary>The web host's SQLite file (<c>conversations.db</c> in the data folder): conversations, turns and feedback.</summary>
public sealed class WebDatabase
{
    /// <summary>File name inside <c>Data:Directory</c>.</summary>
    public const string FileName = "conversations.db";

    private const string Schema = """
        PRAGMA journal_mode = WAL;
        CREATE TABLE IF NOT EXISTS conversations (
            id TEXT PRIMARY KEY,
            channel TEXT NOT NULL,
            subject_hash TEXT NOT NULL,
            started_at TEXT NOT NULL,
            last_active_at TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS ix_conversations_last_active ON conversations(last_active_at);
        CREATE TABLE IF NOT EXISTS turns (
            conversation_id TEXT NOT NULL,
            turn INTEGER NOT NULL,
            answer_id TEXT NOT NULL,
            asked TEXT NOT NULL,
            question TEXT NOT NULL,
            answer TEXT NOT NULL,
            refused INTEGER NOT NULL,
            mode TEXT NOT NULL,
            fallback_reason TEXT,
            citations TEXT NOT NULL,
            elapsed_ms REAL NOT NULL,
            created_at TEXT NOT NULL,
            PRIMARY KEY (conversation_id, turn));
        CREATE INDEX IF NOT EXISTS ix_turns_created ON turns(created_at);
        CREATE TABLE IF NOT EXISTS feedback (
            id INTEGER PRIMARY KEY AUTOINCREMENT,
            conversation_id TEXT NOT NULL,
            turn INTEGER NOT NULL,
            answer_id TEXT NOT NULL,
            rating TEXT NOT NULL,
            comment TEXT,
            created_at TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS ix_feedback_conversation ON feedback(conversation_id);
        """;

    private readonly Lazy<string> connectionString;

    /// <summary>Points at the file in the configured data folder; the schema is created on first use.</summary>
    public WebDatabase(IOptions<DataOptions> data)
    {
        connectionString = new Lazy<string>(() => Initialize(Path.Combine(data.Value.FullPath, FileName)));
    }

    /// <summary>An open connection.</summary>
    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString.Value);
        await connection.OpenAsync(cancellationToken);
        return connection;
    }

    /// <summary>Stored form of a time: UTC, fixed width, so text order is time order.</summary>
    public static string Timestamp(DateTimeOffset time) => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", System.Globalization.CultureInfo.InvariantCulture);

    private static string Initialize(string path)
    {
        PrivateFiles.Ensure(path);
        var connectionString = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate, DefaultTimeout = 30 }.ToString();
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = Schema;
        command.ExecuteNonQuery();
        return connectionString;
    }
}
