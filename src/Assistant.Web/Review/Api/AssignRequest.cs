namespace Assistant.Web.Review.Api;

/// <summary>Body of a review API change.</summary>
/// <param name="Version">The item version the change is based on (a stale version gets 409).</param>
/// <param name="Login">Login of the account to assign.</param>
public sealed record AssignRequest(long Version, string Login);
