using Microsoft.Data.Sqlite;

namespace Assistant.Review.Storage;

/// <summary>Small helpers to build parameterised SQLite commands.</summary>
internal static class SqliteCommands
{
    /// <summary>A command with its parameters (null values become DBNull).</summary>
    public static SqliteCommand Create(SqliteConnection connection, SqliteTransaction? transaction, string sql, params (string Name, object? Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        }

        return command;
    }

    /// <summary>The string at <paramref name="ordinal"/>, or null.</summary>
    public static string? NullableString(this SqliteDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);
}
