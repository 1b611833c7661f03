using System.Data.Common;

namespace Assistant.Storage.Engine;

/// <summary>Parameters on any ADO.NET command (names as <c>@name</c>, which both engines read).</summary>
internal static class DbCommandExtensions
{
    /// <summary>Adds <paramref name="name"/> with <paramref name="value"/> (null as SQL NULL); returns the parameter.</summary>
    public static DbParameter Add(this DbCommand command, string name, object? value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value ?? DBNull.Value;
        command.Parameters.Add(parameter);
        return parameter;
    }

    /// <summary>A command on <paramref name="connection"/> with <paramref name="sql"/>.</summary>
    public static DbCommand Command(this DbConnection connection, string sql, DbTransaction? transaction = null)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return command;
    }
}
