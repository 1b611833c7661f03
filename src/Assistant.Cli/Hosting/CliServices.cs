using Assistant.Answering;
using Assistant.Core.Configuration;
using Assistant.Retrieval;
using Assistant.Review;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Assistant.Cli.Hosting;

/// <summary>The composition root of the command line: configuration from the repository's appsettings and the environment.</summary>
public static class CliServices
{
    /// <summary>Builds the service provider the commands use.</summary>
    public static ServiceProvider Build()
    {
        var configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(RepositoryPaths.Root, "appsettings.json"), optional: true)
            .AddEnvironmentVariables()
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(logging => logging.AddConfiguration(configuration.GetSection("Logging")).AddSimpleConsole().SetMinimumLevel(LogLevel.Warning));
        services.AddSingleton(TimeProvider.System);
        services.AddRetrieval(configuration);
        services.AddAnswering(configuration);
        services.AddReview(configuration);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }
}
