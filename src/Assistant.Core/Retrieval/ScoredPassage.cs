using Assistant.Core.Documents;

namespace Assistant.Core.Retrieval;

/// <summary>A passage found for a query, with its document and score.</summary>
/// <param name="Passage">The passage.</param>
/// <param name="Document">Metadata of its document (title for citations).</param>
/// <param name="Score">Relevance score, higher is better.</param>
public sealed record ScoredPassage(Passage Passage, DocumentInfo Document, double Score);
