namespace Assistant.Core.Monitoring;

/// <summary>An earlier verdict on a claim that a post repeats.</summary>
/// <param name="Id">The known claim's id.</param>
/// <param name="Verdict">The recorded verdict, e.g. <c>sai_su_that</c>.</param>
/// <param name="Similarity">How close the post is to the claim (0–1).</param>
public sealed record KnownClaimMatch(string Id, string Verdict, double Similarity);
