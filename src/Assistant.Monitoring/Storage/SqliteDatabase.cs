using Assistant.Core.Configuration;
using Microsoft.Data.Sqlite;

namespace Assistant.Monitoring.Storage;

/// <summary>
/// One SQLite file of the monitor (posts.db, feeds.db): created with its schema on first use, then opened per
/// operation (no pooling, so the file is released between operations and tests can delete it).
/// </summary>
internal sealed class SqliteDatabase
{
    private readonly Lazy<string> connectionString;

    /// <summary>A database at <paramref name="path"/> whose <paramref name="schema"/> (idempotent DDL) runs once, on first use.</summary>
    public SqliteDatabase(string path, string schema)
    {
        connectionString = new Lazy<string>(() => Initialize(path, schema));
    }

    /// <summary>An open connection to the database.</summary>
    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(connectionString.Value);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        return connection;
    }

    private static string Initialize(string path, string schema)
    {
        PrivateFiles.Ensure(path);
        var connectionString = new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate, DefaultTimeout = 30, Pooling = false }.ToString();
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = schema;
        command.ExecuteNonQuery();
        return connectionString;
    }
}
