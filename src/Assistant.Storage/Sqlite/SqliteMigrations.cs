using System.Globalization;
using Assistant.Core.Configuration;
using Microsoft.Data.Sqlite;

namespace Assistant.Storage.Sqlite;

/// <summary>
/// The one way a SQLite file of the product is created and upgraded: WAL, owner-only file, then each migration not yet
/// applied run once, in a transaction, bumping <c>PRAGMA user_version</c>.
/// </summary>
public static class SqliteMigrations
{
    /// <summary>Migrates the file at <paramref name="path"/> with <paramref name="migrations"/>; returns its connection string (no pooling).</summary>
    public static string Apply(string path, IReadOnlyList<string> migrations)
    {
        PrivateFiles.Ensure(path);
        var connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path, Mode = SqliteOpenMode.ReadWriteCreate, DefaultTimeout = 30, Pooling = false,
        }.ToString();
        using var connection = new SqliteConnection(connectionString);
        connection.Open();
        Execute(connection, null, "PRAGMA journal_mode = WAL;");
        using var read = connection.CreateCommand();
        read.CommandText = "PRAGMA user_version;";
        var current = Convert.ToInt32(read.ExecuteScalar(), CultureInfo.InvariantCulture);
        for (var version = current; version < migrations.Count; version++)
        {
            using var transaction = connection.BeginTransaction();
            Execute(connection, transaction, migrations[version]);
            Execute(connection, transaction, $"PRAGMA user_version = {version + 1};");
            transaction.Commit();
        }

        return connectionString;
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
