using Assistant.Core.Configuration;
using Assistant.Core.Storage;
using Assistant.Storage.Channels;
using Assistant.Storage.Engine;
using Assistant.Storage.Feeds;
using Assistant.Storage.Locks;
using Assistant.Storage.Posts;
using Assistant.Storage.Postgres;
using Assistant.Storage.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Assistant.Storage;

/// <summary>Registers the stores of <c>Storage:Provider</c>.</summary>
public static class StorageServiceCollectionExtensions
{
    /// <summary>SQLite file of the posts in the data folder.</summary>
    public const string PostsFile = "posts.db";

    /// <summary>SQLite file of the feeds' validators in the data folder.</summary>
    public const string FeedsFile = "feeds.db";

    /// <summary>SQLite file of the channels' event keys and token pairs in the data folder.</summary>
    public const string ChannelsFile = "channels.db";

    /// <summary>
    /// Adds <see cref="StorageOptions"/> (validated at start) and, for its provider, <see cref="IPostStore"/>,
    /// <see cref="IFeedStateStore"/>, <see cref="IChannelEventStore"/>, <see cref="ITokenPairStore"/>,
    /// <see cref="IDistributedLock"/>, <see cref="ILeaderElection"/> and <see cref="LeaderRunner"/>: SQLite files in
    /// <c>Data:Directory</c> (posts.db, feeds.db, channels.db) or the one PostgreSQL database of
    /// <c>Storage:ConnectionString</c>. A second call adds nothing.
    /// </summary>
    public static IServiceCollection AddStorage(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        if (services.Any(d => d.ServiceType == typeof(StorageAdded)))
        {
            return services;
        }

        services.AddSingleton<StorageAdded>();
        services.AddSharedOptions(configuration);
        services.AddOptions<StorageOptions>().Bind(configuration.GetSection(StorageOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        var settings = configuration.GetSection(StorageOptions.SectionName).Get<StorageOptions>() ?? new StorageOptions();
        if (settings.Provider == StorageProvider.Postgres)
        {
            AddPostgres(services);
        }
        else
        {
            AddSqlite(services);
        }

        services.TryAddSingleton<LeaderRunner>();
        return services;
    }

    private static void AddSqlite(IServiceCollection services)
    {
        services.TryAddSingleton<IPostStore>(sp => new PostStore(Sqlite(sp, PostsFile, "posts"), Time(sp)));
        services.TryAddSingleton<IFeedStateStore>(sp => new FeedStateStore(Sqlite(sp, FeedsFile, "feeds")));
        services.TryAddSingleton(sp => new ChannelsDatabase(Sqlite(sp, ChannelsFile, "channels")));
        services.TryAddSingleton<IChannelEventStore>(sp => new ChannelEventStore(sp.GetRequiredService<ChannelsDatabase>().Database, Time(sp)));
        services.TryAddSingleton<ITokenPairStore>(sp => new TokenPairStore(sp.GetRequiredService<ChannelsDatabase>().Database, Time(sp)));
        services.TryAddSingleton<IDistributedLock>(sp => new InProcessLock(DataFolder(sp)));
        services.TryAddSingleton<ILeaderElection>(sp => new InProcessLeaderElection(DataFolder(sp)));
    }

    private static void AddPostgres(IServiceCollection services)
    {
        services.TryAddSingleton(sp => NpgsqlDataSource.Create(sp.GetRequiredService<IOptions<StorageOptions>>().Value.ConnectionString));
        services.TryAddSingleton(sp => new PostgresStoreDatabase(sp.GetRequiredService<NpgsqlDataSource>()));
        services.TryAddSingleton<IPostStore>(sp => new PostStore(sp.GetRequiredService<PostgresStoreDatabase>(), Time(sp)));
        services.TryAddSingleton<IFeedStateStore>(sp => new FeedStateStore(sp.GetRequiredService<PostgresStoreDatabase>()));
        services.TryAddSingleton<IChannelEventStore>(sp => new ChannelEventStore(sp.GetRequiredService<PostgresStoreDatabase>(), Time(sp)));
        services.TryAddSingleton<ITokenPairStore>(sp => new TokenPairStore(sp.GetRequiredService<PostgresStoreDatabase>(), Time(sp)));
        services.TryAddSingleton<IDistributedLock, AdvisoryLock>();
        services.TryAddSingleton<ILeaderElection, AdvisoryLeaderElection>();
    }

    private static SqliteStoreDatabase Sqlite(IServiceProvider services, string file, string migrations) =>
        new(Path.Combine(DataFolder(services), file), migrations);

    private static string DataFolder(IServiceProvider services) => services.GetRequiredService<IOptions<DataOptions>>().Value.FullPath;

    private static TimeProvider Time(IServiceProvider services) => services.GetRequiredService<TimeProvider>();

    /// <summary>The channels' SQLite file, shared by the event and token stores.</summary>
    private sealed record ChannelsDatabase(StoreDatabase Database);

    /// <summary>Marks a service collection that already holds the stores.</summary>
    private sealed class StorageAdded;
}
