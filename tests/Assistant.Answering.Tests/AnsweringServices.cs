using Assistant.Core.Answers;
using Assistant.Core.Retrieval;
using Assistant.Retrieval;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Assistant.Answering.Tests;

/// <summary>The real retriever and answerer over the repository's corpus, built through the DI registrations.</summary>
internal static class AnsweringServices
{
    private static readonly Lazy<ServiceProvider> Default = new(() => Build([]));

    /// <summary>The answerer with default settings.</summary>
    public static IAnswerer Answerer => Default.Value.GetRequiredService<IAnswerer>();

    /// <summary>The retriever with default settings.</summary>
    public static IRetriever Retriever => Default.Value.GetRequiredService<IRetriever>();

    /// <summary>A provider with extra configuration values ("Referral:Contacts:can-tho:Phone" …).</summary>
    public static ServiceProvider Build(IEnumerable<KeyValuePair<string, string?>> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddRetrieval(configuration);
        services.AddAnswering(configuration);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }
}
