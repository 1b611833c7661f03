using Assistant.Core.Monitoring;

namespace Assistant.Monitoring.Claims;

/// <summary>What the claim check found: contradictions as Vietnamese reasons, how many facts agree, the passages used.</summary>
/// <param name="Contradictions">One reason per contradicted fact, quoting both sides.</param>
/// <param name="Agreements">Facts of the post the official text confirms.</param>
/// <param name="Passages">The official passages compared, best first.</param>
/// <param name="Coverage">Retrieval coverage of the post's terms by the best passage (0–1).</param>
public sealed record ClaimCheckResult(IReadOnlyList<string> Contradictions, int Agreements, IReadOnlyList<OfficialPassage> Passages, double Coverage)
{
    /// <summary>The result for a post whose claims were not checked (not about education policy).</summary>
    public static ClaimCheckResult NotChecked { get; } = new([], 0, [], 0);
}
