using Npgsql;

namespace Assistant.Tests.Shared;

/// <summary>
/// The PostgreSQL server of the tests: <c>ASSISTANT_TEST_POSTGRES</c> (set by <c>.ci/run</c>, which starts a throwaway
/// cluster) is the admin connection string; each test gets a database of its own, dropped when it is disposed.
/// Without the variable the test is skipped with the reason, unless <c>ASSISTANT_TEST_POSTGRES_REQUIRED=1</c> (CI) makes
/// it fail.
/// </summary>
public sealed class TestPostgres : IAsyncDisposable
{
    /// <summary>The variable holding the admin connection string.</summary>
    public const string Variable = "ASSISTANT_TEST_POSTGRES";

    private readonly string _admin;
    private readonly string _name;

    private TestPostgres(string admin, string name, string connectionString)
    {
        _admin = admin;
        _name = name;
        ConnectionString = connectionString;
    }

    /// <summary>The connection string of this test's database.</summary>
    public string ConnectionString { get; }

    /// <summary>A fresh, empty database; skips the test when no server is configured.</summary>
    public static async Task<TestPostgres> CreateAsync()
    {
        var admin = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(admin))
        {
            Assert.False(
                Environment.GetEnvironmentVariable(Variable + "_REQUIRED") == "1",
                $"{Variable} is not set but {Variable}_REQUIRED=1: the PostgreSQL test cluster did not start.");
            Assert.Skip($"PostgreSQL not configured: set {Variable} to an admin connection string (.ci/run starts a throwaway cluster).");
        }

        var name = "t_" + Guid.NewGuid().ToString("N");
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await command.ExecuteNonQueryAsync();
        }

        var connectionString = new NpgsqlConnectionStringBuilder(admin) { Database = name }.ToString();
        return new TestPostgres(admin, name, connectionString);
    }

    /// <summary>Ends the backend that holds <paramref name="lockClass"/>/<paramref name="key"/> as an advisory lock, as when its node dies; false when none holds it.</summary>
    public async Task<bool> TerminateHolderAsync(int lockClass, int key)
    {
        await using var connection = new NpgsqlConnection(_admin);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            """
            SELECT pg_terminate_backend(l.pid) FROM pg_locks l JOIN pg_database d ON d.oid = l.database
            WHERE l.locktype = 'advisory' AND l.granted AND l.classid = @class AND l.objid = @key AND d.datname = @name
            """, connection);
        command.Parameters.AddWithValue("class", (long)(uint)lockClass);
        command.Parameters.AddWithValue("key", (long)(uint)key);
        command.Parameters.AddWithValue("name", _name);
        return await command.ExecuteScalarAsync() is true;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var connection = new NpgsqlConnection(_admin);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {_name} WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }
}
