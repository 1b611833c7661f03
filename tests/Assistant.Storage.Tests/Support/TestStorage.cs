using Assistant.Tests.Shared;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Assistant.Storage.Tests.Support;

/// <summary>
/// The stores of one engine as the hosts compose them (<c>AddStorage</c>), over a fresh SQLite data folder or a fresh
/// PostgreSQL database; <see cref="NewNode"/> gives a second set over the same storage, as a second node would.
/// </summary>
public sealed class TestStorage : IAsyncDisposable
{
    private readonly List<ServiceProvider> _nodes = [];
    private readonly Dictionary<string, string?> _settings;
    private readonly string? _folder;

    private TestStorage(Dictionary<string, string?> settings, string? folder, TestPostgres? postgres)
    {
        _settings = settings;
        _folder = folder;
        Postgres = postgres;
    }

    /// <summary>The engines the contract runs against.</summary>
    public static TheoryData<string> Names => ["Sqlite", "Postgres"];

    /// <summary>The database on PostgreSQL, null on SQLite.</summary>
    public TestPostgres? Postgres { get; }

    /// <summary>Starts <paramref name="name"/> (<c>Sqlite</c> or <c>Postgres</c>; the latter skipped without a server).</summary>
    public static async Task<TestStorage> StartAsync(string name, IReadOnlyDictionary<string, string?>? extra = null)
    {
        var folder = Directory.CreateTempSubdirectory("storage-tests-").FullName;
        var settings = new Dictionary<string, string?> { ["Data:Directory"] = folder, ["Storage:Provider"] = name };
        TestPostgres? postgres = null;
        if (name == "Postgres")
        {
            postgres = await TestPostgres.CreateAsync();
            settings["Storage:ConnectionString"] = postgres.ConnectionString;
        }

        foreach (var (key, value) in extra ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }

        return new TestStorage(settings, folder, postgres);
    }

    /// <summary>The stores of a node (its own pools and in-process state) over this engine's storage.</summary>
    public IServiceProvider NewNode(TimeProvider? time = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(_settings).Build();
        var services = new ServiceCollection().AddLogging();
        services.AddSingleton(time ?? TimeProvider.System);
        services.AddStorage(configuration);
        var provider = services.BuildServiceProvider();
        _nodes.Add(provider);
        return provider;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        foreach (var node in _nodes)
        {
            await node.DisposeAsync();
        }

        if (Postgres is not null)
        {
            await Postgres.DisposeAsync();
        }

        if (_folder is not null)
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
