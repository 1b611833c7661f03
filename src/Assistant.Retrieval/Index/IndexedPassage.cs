using Assistant.Core.Documents;

namespace Assistant.Retrieval.Index;

/// <summary>A passage as the index keeps it: with its document, its folded syllables and syllable pairs for coverage checks.</summary>
internal sealed record IndexedPassage(Passage Passage, DocumentInfo Document, IReadOnlySet<string> FoldedTerms, IReadOnlySet<string> FoldedBigrams);
