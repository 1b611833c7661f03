using Assistant.Answering.Understanding;
using Assistant.Core.Documents;
using Assistant.Core.Retrieval;

namespace Assistant.Answering.Extractive;

/// <summary>The answering side's tables of an indexed corpus: the question understanding's vocabulary and thesaurus, the term rarities.</summary>
internal sealed class AnsweringCorpusTables(QuestionUnderstanding understanding) : ICorpusTables
{
    /// <inheritdoc />
    public void Build(IReadOnlyList<ParsedDocument> documents)
    {
        understanding.PrepareCorpus();
        TermRarity.Of(documents);
    }
}
