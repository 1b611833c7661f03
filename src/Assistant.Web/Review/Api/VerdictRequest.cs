namespace Assistant.Web.Review.Api;

/// <summary>Body of <c>POST /api/review/items/{id}/verdict</c>.</summary>
/// <param name="Version">The item version the change is based on (a stale version gets 409).</param>
/// <param name="Verdict"><c>sai_su_that</c>, <c>gay_hieu_lam</c>, <c>chinh_xac</c> or <c>khong_lien_quan</c>.</param>
/// <param name="Note">The reasoning, citing the documents.</param>
public sealed record VerdictRequest(long Version, string Verdict, string? Note);
