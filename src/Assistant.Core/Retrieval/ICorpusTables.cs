using Assistant.Core.Documents;

namespace Assistant.Core.Retrieval;

/// <summary>
/// Tables a library keeps per indexed corpus (term rarities, the corpus vocabulary, the claim check's corpus profile…):
/// each implementation is registered and built when an index is built or loaded, so no question pays for it.
/// </summary>
public interface ICorpusTables
{
    /// <summary>Builds the tables of <paramref name="documents"/> (the list <see cref="IRetriever.Documents"/> now serves).</summary>
    void Build(IReadOnlyList<ParsedDocument> documents);
}
