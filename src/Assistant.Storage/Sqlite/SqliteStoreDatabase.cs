using System.Data.Common;
using Assistant.Storage.Engine;
using Microsoft.Data.Sqlite;

namespace Assistant.Storage.Sqlite;

/// <summary>
/// One SQLite file in the data folder, migrated on first use from <c>Sqlite/&lt;name&gt;/*.sql</c> and opened per operation
/// (no pooling, so the file is released between operations). Times are stored as <see cref="StoredTime"/> text.
/// </summary>
internal sealed class SqliteStoreDatabase : StoreDatabase
{
    private readonly Lazy<string> _connectionString;

    /// <summary>The file at <paramref name="path"/>, migrated with the scripts of <paramref name="name"/>.</summary>
    public SqliteStoreDatabase(string path, string name)
    {
        _connectionString = new Lazy<string>(() =>
            SqliteMigrations.Apply(path, MigrationScripts.Load($"Sqlite/{name}/").Select(script => script.Sql).ToList()));
    }

    /// <inheritdoc />
    public override string ClaimSuffix => "";

    /// <inheritdoc />
    public override async Task<DbConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString.Value);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        return connection;
    }

    /// <inheritdoc />
    public override object Time(DateTimeOffset time) => StoredTime.Format(time);

    /// <inheritdoc />
    public override DateTimeOffset ReadTime(DbDataReader reader, int ordinal) => StoredTime.Parse(reader.GetString(ordinal));
}
