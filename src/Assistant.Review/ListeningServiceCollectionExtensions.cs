using Assistant.Core.Configuration;
using Assistant.Core.Official;
using Assistant.Review.Insights;
using Assistant.Review.Official;
using Assistant.Review.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Assistant.Review;

/// <summary>Registration of the listening loop: official answers and the information-gap insights.</summary>
public static class ListeningServiceCollectionExtensions
{
    /// <summary>
    /// Adds the SQLite store of official answers (<c>Listening:DatabaseFile</c> in <c>Data:Directory</c>) and their
    /// workflow, and the store of topics marked handled. Needs an <c>IRetriever</c> (citations are resolved against the
    /// indexed documents).
    /// </summary>
    public static IServiceCollection AddListening(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ListeningOptions>().BindConfiguration(ListeningOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSharedOptions(configuration);
        services.AddSingleton<ListeningDatabase>();
        services.AddSingleton<IOfficialAnswerStore, SqliteOfficialAnswerStore>();
        services.AddSingleton<OfficialAnswerService>();
        services.AddSingleton<ITopicMarkStore, SqliteTopicMarkStore>();
        return services;
    }

    /// <summary>Adds the information-gap insights over the host's turn store (an <c>ITurnQueries</c> it registers).</summary>
    public static IServiceCollection AddInsights(this IServiceCollection services)
    {
        services.AddSingleton<InsightsService>();
        return services;
    }
}
