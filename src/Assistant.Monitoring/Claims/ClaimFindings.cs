namespace Assistant.Monitoring.Claims;

/// <summary>What the comparisons of one post found so far: contradictions (Vietnamese reasons), agreements, passages used.</summary>
internal sealed class ClaimFindings
{
    private readonly List<string> contradictions = [];
    private readonly List<OfficialSource> used = [];

    /// <summary>Reasons quoting both sides, one per contradicted fact.</summary>
    public IReadOnlyList<string> Contradictions => contradictions;

    /// <summary>Facts the official text confirms.</summary>
    public int Agreements { get; private set; }

    /// <summary>The passages the reasons quote.</summary>
    public IReadOnlyList<OfficialSource> Used => used;

    /// <summary>Records a contradicted fact and the passage that states it.</summary>
    public void Contradiction(string reason, OfficialSource source)
    {
        if (!contradictions.Contains(reason, StringComparer.Ordinal))
        {
            contradictions.Add(reason);
        }

        used.Add(source);
    }

    /// <summary>Records a fact the official text confirms.</summary>
    public void Agreement() => Agreements++;
}
