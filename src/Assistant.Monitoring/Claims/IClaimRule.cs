namespace Assistant.Monitoring.Claims;

/// <summary>
/// One comparison of a post with the official text (numbers, signers, issuing bodies…). The claim check enumerates
/// every registered rule; adding one is a class and a registration in <c>AddMonitoring</c>. Rules are singletons and
/// thread-safe.
/// </summary>
internal interface IClaimRule
{
    /// <summary>The id every reason of this rule carries ("signer", "quantity"), used by <c>eval posts</c> per rule.</summary>
    string Id { get; }

    /// <summary>What the rule compares, in a line (English, for reports and logs).</summary>
    string Compares { get; }

    /// <summary>Compares the post with the official text and records what it finds.</summary>
    void Check(ClaimContext context, ClaimFindings findings);
}
