using Assistant.Retrieval.Corpus.Metadata;
using Assistant.Retrieval.Corpus.Readers;
using Assistant.Retrieval.Corpus.Readers.Html;
using Assistant.Retrieval.Corpus.Readers.Pdf;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Assistant.Retrieval.Corpus;

/// <summary>Registration of the document readers (the one list of formats the corpus takes) and the <see cref="CorpusLoader"/>.</summary>
public static class CorpusServiceCollectionExtensions
{
    /// <summary>Registers every built-in <see cref="IDocumentReader"/>, the metadata reader and the loader; needs <c>IOptions&lt;CorpusOptions&gt;</c> and the province list.</summary>
    public static IServiceCollection AddCorpusLoading(this IServiceCollection services)
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDocumentReader, MarkdownDocumentReader>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDocumentReader, DocxDocumentReader>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDocumentReader, PdfDocumentReader>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDocumentReader, HtmlDocumentReader>());
        services.TryAddSingleton<TextMetadataReader>();
        services.TryAddSingleton<CorpusLoader>();
        return services;
    }
}
