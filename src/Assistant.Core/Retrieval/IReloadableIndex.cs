namespace Assistant.Core.Retrieval;

/// <summary>
/// A search index that can be rebuilt from the corpus while it serves: the new index is built aside and
/// swapped in atomically, so searches already running finish on the old one.
/// </summary>
public interface IReloadableIndex
{
    /// <summary>Increases by one with every index swapped in; 0 while no index is loaded.</summary>
    int Version { get; }

    /// <summary>Number of documents in the index now serving.</summary>
    int DocumentCount { get; }

    /// <summary>Rebuilds the index from the documents folder and swaps it in; the old one keeps serving if this fails.</summary>
    Task ReloadAsync(CancellationToken cancellationToken = default);
}
