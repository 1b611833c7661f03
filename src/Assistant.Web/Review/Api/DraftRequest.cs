namespace Assistant.Web.Review.Api;

/// <summary>Body of <c>POST /api/review/items/{id}/draft</c>.</summary>
/// <param name="Version">The item version the change is based on (a stale version gets 409).</param>
/// <param name="Text">The edited draft; null or empty to generate the extractive draft.</param>
public sealed record DraftRequest(long Version, string? Text);
