using Assistant.Core.Documents;
using Assistant.Core.Retrieval;

namespace Assistant.Monitoring.Claims;

/// <summary>The claim check's table of an indexed corpus: its <see cref="CorpusProfile"/>.</summary>
internal sealed class ClaimCorpusTables(ClaimChecker checker) : ICorpusTables
{
    /// <inheritdoc />
    public void Build(IReadOnlyList<ParsedDocument> documents) => checker.Profile();
}
