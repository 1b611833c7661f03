using Assistant.Core.Documents;

namespace Assistant.Retrieval.Index;

/// <summary>Makes the <see cref="PassageIndex"/> of a corpus: in memory, or in a folder that outlives the process.</summary>
internal interface IPassageIndexBuilder
{
    /// <summary>The index of exactly <paramref name="documents"/>.</summary>
    PassageIndex Build(IReadOnlyList<ParsedDocument> documents);
}
