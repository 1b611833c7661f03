using Assistant.Core.Retrieval;
using Assistant.Retrieval.Search;

namespace Assistant.Web.Health;

/// <summary>Whether the index is loaded, how many documents it holds and which version serves.</summary>
public sealed class IndexStatus(IServiceProvider services)
{
    private volatile bool warm;

    /// <summary>True once the index answered its first search and holds at least one document (with none every question would be refused).</summary>
    public bool IsReady => warm && DocumentCount > 0;

    /// <summary>The index as reloadable, when the retriever supports it.</summary>
    public IReloadableIndex? Reloadable =>
        services.GetService<IReloadableIndex>() ?? services.GetRequiredService<IRetriever>() as IReloadableIndex;

    /// <summary>Documents in the serving index.</summary>
    public int DocumentCount => Reloadable?.DocumentCount ?? services.GetRequiredService<IRetriever>().Documents.Count;

    /// <summary>Version of the serving index (1 for an index that cannot be reloaded).</summary>
    public int Version => Reloadable?.Version ?? 1;

    /// <summary>
    /// Loads the index (the retriever builds it, or opens the one kept in the data folder, when first resolved), builds the
    /// corpus tables of every library over it, and marks it ready.
    /// </summary>
    public void WarmUp()
    {
        services.GetRequiredService<IRetriever>().Search("nghị quyết", 1);
        services.GetService<CorpusTableBuilder>()?.Build();
        warm = true;
    }
}
