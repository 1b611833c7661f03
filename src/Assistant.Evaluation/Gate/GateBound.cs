namespace Assistant.Evaluation.Gate;

/// <summary>The allowed range of one metric in eval/baseline.json: <c>{"min": 0.88}</c>, <c>{"max": 0.05}</c> or both, with an optional note.</summary>
/// <param name="Min">Lowest allowed value, or null.</param>
/// <param name="Max">Highest allowed value, or null.</param>
/// <param name="Note">Why the bound is what it is (what was measured, when).</param>
public sealed record GateBound(double? Min, double? Max, string? Note)
{
    /// <summary>True when the value lies within the bound.</summary>
    public bool Allows(double value) => (Min is null || value >= Min) && (Max is null || value <= Max);

    /// <summary>The bound as text, e.g. "≥ 0.88", "≤ 0.05", "0.1 … 0.9".</summary>
    public override string ToString() => (Min, Max) switch
    {
        ({ } min, { } max) => $"{min} … {max}",
        ({ } min, null) => $"≥ {min}",
        (null, { } max) => $"≤ {max}",
        _ => "any",
    };
}
