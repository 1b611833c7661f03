using Assistant.Core.Documents;

namespace Assistant.Retrieval.Corpus;

/// <summary>The documents that loaded and the files that did not; the caller decides whether errors are fatal.</summary>
/// <param name="Documents">Parsed documents, in file-name order.</param>
/// <param name="Errors">Files that failed, with the reason.</param>
public sealed record CorpusLoadResult(IReadOnlyList<ParsedDocument> Documents, IReadOnlyList<CorpusLoadError> Errors)
{
    /// <summary>True when every file loaded.</summary>
    public bool Succeeded => Errors.Count == 0;
}
