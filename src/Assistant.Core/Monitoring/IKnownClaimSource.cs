namespace Assistant.Core.Monitoring;

/// <summary>
/// A source of judged claims: the repository file <c>corpus/posts/known-claims.jsonl</c>, and the review queue's
/// verdicts. The monitor matches new posts against all registered sources.
/// </summary>
public interface IKnownClaimSource
{
    /// <summary>The claims judged so far.</summary>
    Task<IReadOnlyList<KnownClaim>> GetClaimsAsync(CancellationToken cancellationToken = default);
}
