namespace Assistant.Core.Monitoring;

/// <summary>One reason of the claim check with the rule that found it.</summary>
/// <param name="Rule">The id of the claim rule ("signer", "quantity", "issuer"…).</param>
/// <param name="Kind"><see cref="Contradiction"/> (the documents say otherwise) or <see cref="NotStated"/> (the documents set no such thing).</param>
/// <param name="Reason">The Vietnamese reason, quoting the post and the official passage.</param>
public sealed record ClaimFinding(string Rule, string Kind, string Reason)
{
    /// <summary>The documents state something else.</summary>
    public const string Contradiction = "contradiction";

    /// <summary>The documents do not set what the post says they set ("không có trong văn bản"): weaker than a contradiction.</summary>
    public const string NotStated = "not-stated";
}
