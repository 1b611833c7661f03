using Assistant.Answering;
using Assistant.Core.Configuration;
using Assistant.Monitoring;
using Assistant.Retrieval;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Assistant.Cli.Hosting;

/// <summary>The composition root of the command line: configuration from the repository's appsettings and the environment.</summary>
public static class CliServices
{
    /// <summary>Builds the service provider the commands use; <paramref name="overrides"/> are settings a command's options set.</summary>
    public static ServiceProvider Build(IReadOnlyDictionary<string, string?>? overrides = null)
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(RepositoryPaths.Root, "appsettings.json"), optional: true)
            .AddEnvironmentVariables()
            .AddInMemoryCollection(overrides ?? new Dictionary<string, string?>())
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(logging => logging.AddConfiguration(configuration.GetSection("Logging")).AddSimpleConsole().SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton(TimeProvider.System);
        services.AddRetrieval(configuration);
        services.AddAnswering(configuration);
        services.AddMonitoring(configuration);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }
}
