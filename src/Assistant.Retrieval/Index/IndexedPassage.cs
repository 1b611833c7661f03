using Assistant.Core.Documents;

namespace Assistant.Retrieval.Index;

/// <summary>A passage of the index with its document: references to the parsed corpus, nothing copied.</summary>
internal sealed record IndexedPassage(Passage Passage, DocumentInfo Document);
