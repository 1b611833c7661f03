namespace Assistant.Core.Documents;

/// <summary>A document of the corpus: its metadata, its original text and the passages parsed from it.</summary>
/// <param name="Info">Metadata from the file header.</param>
/// <param name="Body">The original text under the header, byte for byte.</param>
/// <param name="Passages">Passages in document order.</param>
public sealed record ParsedDocument(DocumentInfo Info, string Body, IReadOnlyList<Passage> Passages);
