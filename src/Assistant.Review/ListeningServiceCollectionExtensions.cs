using Assistant.Core.Configuration;
using Assistant.Core.Official;
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
    /// workflow. Needs an <c>IRetriever</c> (citations are resolved against the indexed documents).
    /// </summary>
    public static IServiceCollection AddListening(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ListeningOptions>().BindConfiguration(ListeningOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSharedOptions(configuration);
        services.AddSingleton<ListeningDatabase>();
        services.AddSingleton<IOfficialAnswerStore, SqliteOfficialAnswerStore>();
        services.AddSingleton<OfficialAnswerService>();
        return services;
    }
}
