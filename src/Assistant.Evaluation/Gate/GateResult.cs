namespace Assistant.Evaluation.Gate;

/// <summary>What the gate found.</summary>
/// <param name="Sections">The baseline sections checked.</param>
/// <param name="Checked">Number of bounds checked.</param>
/// <param name="Violations">Every bound broken.</param>
public sealed record GateResult(IReadOnlyList<string> Sections, int Checked, IReadOnlyList<GateViolation> Violations)
{
    /// <summary>True when at least one bound was checked and none is broken.</summary>
    public bool Passed => Checked > 0 && Violations.Count == 0;
}
