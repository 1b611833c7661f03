namespace Assistant.Core.Monitoring;

/// <summary>A claim a spokesperson has judged; new posts repeating it are matched to it.</summary>
/// <param name="Id">Claim id.</param>
/// <param name="Text">The claim as posted.</param>
/// <param name="Verdict"><c>sai_su_that</c>, <c>gay_hieu_lam</c>, <c>chinh_xac</c> or <c>khong_lien_quan</c>.</param>
/// <param name="Note">The spokesperson's explanation, citing the documents.</param>
public sealed record KnownClaim(string Id, string Text, string Verdict, string? Note);
