namespace Assistant.Monitoring.Claims;

/// <summary>A reference to an official document by its number ("NQ71", "Quyết định 157", "71-NQ/TW"), with where it starts.</summary>
internal sealed record DocumentReference(string Number, int Position);
