namespace Assistant.Core.Monitoring;

/// <summary>A spokesperson's earlier verdict that a post repeats (Scored post JSON <c>knownClaim</c>).</summary>
/// <param name="Id">Known claim id.</param>
/// <param name="Verdict"><c>sai_su_that</c>, <c>gay_hieu_lam</c>…</param>
/// <param name="Similarity">Near-duplicate similarity, 0–1.</param>
public sealed record KnownClaimMatch(string Id, string Verdict, double Similarity);
