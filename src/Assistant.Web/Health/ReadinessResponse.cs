namespace Assistant.Web.Health;

/// <summary>Body of <c>/readyz</c>.</summary>
/// <param name="Status"><c>ready</c> or <c>starting</c>.</param>
/// <param name="Documents">Documents in the serving index.</param>
/// <param name="IndexVersion">Version of the serving index; it grows with every reload.</param>
public sealed record ReadinessResponse(string Status, int Documents, int IndexVersion);
