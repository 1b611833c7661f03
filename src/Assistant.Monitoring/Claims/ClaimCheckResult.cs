using Assistant.Core.Monitoring;

namespace Assistant.Monitoring.Claims;

/// <summary>What the claim check found: reasons with their rule ids, how many facts agree, the passages used.</summary>
/// <param name="Findings">One reason per contradicted or unstated fact, quoting both sides, with the rule that found it.</param>
/// <param name="Agreements">Facts of the post the official text confirms.</param>
/// <param name="Passages">The official passages compared, best first.</param>
/// <param name="Coverage">Retrieval coverage of the post's terms by the best passage (0–1).</param>
public sealed record ClaimCheckResult(IReadOnlyList<ClaimFinding> Findings, int Agreements, IReadOnlyList<OfficialPassage> Passages, double Coverage)
{
    /// <summary>The Vietnamese reasons alone, in order.</summary>
    public IReadOnlyList<string> Reasons => Findings.Select(f => f.Reason).ToList();

    /// <summary>The result for a post whose claims were not checked (not about education policy).</summary>
    public static ClaimCheckResult NotChecked { get; } = new([], 0, [], 0);
}
