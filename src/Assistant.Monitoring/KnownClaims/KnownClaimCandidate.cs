using Assistant.Core.Monitoring;

namespace Assistant.Monitoring.KnownClaims;

/// <summary>The judged claim most similar to a post, and whether it is only suggested or a match.</summary>
public sealed record KnownClaimCandidate(KnownClaim Claim, double Similarity, bool IsMatch)
{
    /// <summary>The <c>knownClaim</c> of the Scored post JSON.</summary>
    public KnownClaimMatch ToMatch() => new(Claim.Id, Claim.Verdict, Math.Round(Similarity, 3));
}
