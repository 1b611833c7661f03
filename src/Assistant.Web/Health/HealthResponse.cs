namespace Assistant.Web.Health;

/// <summary>Body of <c>/healthz</c>.</summary>
/// <param name="Status">Always <c>ok</c>.</param>
public sealed record HealthResponse(string Status);
