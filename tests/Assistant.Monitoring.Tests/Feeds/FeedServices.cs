using Assistant.Core.Monitoring;
using Assistant.Monitoring.Feeds;
using Assistant.Monitoring.Intake;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Assistant.Monitoring.Tests.Feeds;

/// <summary>The monitoring services as the hosts compose them, over a data folder, for the feed tests.</summary>
public static class FeedServices
{
    /// <summary>Builds the services; <paramref name="settings"/> are extra configuration keys.</summary>
    public static ServiceProvider Build(string dataFolder, LogRecorder? logs = null, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var values = new Dictionary<string, string?> { ["Data:Directory"] = dataFolder };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        var configuration = new ConfigurationBuilder().AddInMemoryCollection(values).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(logging =>
        {
            logging.SetMinimumLevel(LogLevel.Debug);
            if (logs is not null)
            {
                logging.AddProvider(logs);
            }
        });
        services.AddMonitoring(configuration);
        return services.BuildServiceProvider();
    }

    /// <summary>A feed to poll.</summary>
    public static FeedSource Source(string name, string url) => new() { Name = name, Url = url };

    /// <summary>Every post stored (none is scored in these tests), by external id.</summary>
    public static async Task<Dictionary<string, Post>> StoredAsync(this IServiceProvider services, string source) =>
        (await services.GetRequiredService<IPostArchive>().SearchAsync(new PostSearch { Source = source, Limit = 10_000 }, TestContext.Current.CancellationToken))
            .Select(p => p.Post)
            .ToDictionary(p => p.ExternalId);
}
