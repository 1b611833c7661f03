namespace Assistant.Web.Review.Api;

/// <summary>Body of a review API change.</summary>
/// <param name="Version">The item version the change is based on (a stale version gets 409).</param>
/// <param name="Text">The note.</param>
public sealed record NoteRequest(long Version, string Text);
