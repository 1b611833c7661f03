namespace Assistant.Web.Review.Api;

/// <summary>Body of <c>POST /api/review/posts/{id}/escalate</c>.</summary>
/// <param name="Note">Why the spokesperson puts the post into the queue.</param>
public sealed record EscalateRequest(string? Note);
