using Assistant.Core.Configuration;
using Assistant.Core.Provinces;
using Assistant.Core.Retrieval;
using Assistant.Retrieval.Corpus;
using Assistant.Retrieval.Search;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Assistant.Retrieval;

/// <summary>Registration of the corpus, the province list and the passage search.</summary>
public static class RetrievalServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="ProvinceDirectory"/> and <see cref="IRetriever"/> (a <see cref="LuceneRetriever"/> whose index
    /// is built from <c>Corpus:Directory</c>/documents, or loaded from <c>Data:Directory</c>, when first resolved), <see cref="IReloadableIndex"/>
    /// to rebuild it, and <see cref="CorpusTableBuilder"/>, which builds every <see cref="ICorpusTables"/> over it.
    /// </summary>
    public static IServiceCollection AddRetrieval(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSharedOptions(configuration);
        services.AddOptions<RetrievalOptions>().BindConfiguration(RetrievalOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<IndexOptions>().BindConfiguration(IndexOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddCorpusLoading();
        services.AddSingleton<CorpusIndexer>();
        services.AddSingleton(sp => sp.GetRequiredService<CorpusIndexer>().BuildRetriever());
        services.AddSingleton<IRetriever>(sp => sp.GetRequiredService<LuceneRetriever>());
        services.AddSingleton<IReloadableIndex, ReloadableCorpusIndex>();
        services.AddSingleton<CorpusTableBuilder>();
        return services;
    }
}
