using Assistant.Core.Monitoring;

namespace Assistant.Monitoring.Claims;

/// <summary>
/// What the rules of one post found so far: reasons with the id of the rule that found each, agreements, passages
/// used. The checker names the rule running (<see cref="Begin"/>) so a rule only says what it found.
/// </summary>
internal sealed class ClaimFindings
{
    private readonly List<ClaimFinding> reasons = [];
    private readonly List<OfficialSource> used = [];
    private string rule = "";

    /// <summary>Reasons quoting both sides, one per contradicted or unstated fact, in the order found.</summary>
    public IReadOnlyList<ClaimFinding> Reasons => reasons;

    /// <summary>Facts the official text confirms.</summary>
    public int Agreements { get; private set; }

    /// <summary>The passages the reasons quote.</summary>
    public IReadOnlyList<OfficialSource> Used => used;

    /// <summary>Names the rule whose findings follow.</summary>
    public void Begin(string ruleId) => rule = ruleId;

    /// <summary>Records a contradicted fact and the passage that states it.</summary>
    public void Contradiction(string reason, OfficialSource source) => Add(ClaimFinding.Contradiction, reason, source);

    /// <summary>Records something the post says the documents set and they do not, with the closest passage.</summary>
    public void NotStated(string reason, OfficialSource source) => Add(ClaimFinding.NotStated, reason, source);

    /// <summary>Records a fact the official text confirms.</summary>
    public void Agreement() => Agreements++;

    private void Add(string kind, string reason, OfficialSource source)
    {
        if (!reasons.Any(r => string.Equals(r.Reason, reason, StringComparison.Ordinal)))
        {
            reasons.Add(new ClaimFinding(rule, kind, reason));
        }

        used.Add(source);
    }
}
