using System.Security.Claims;

namespace Assistant.Channels.BotFramework;

/// <summary>Who sent a request whose bearer token passed the JWT handler, and with which key the token was signed.</summary>
/// <param name="Principal">The token's claims (names as in the token).</param>
/// <param name="KeyId">The <c>kid</c> of the signing key, checked for channel endorsement.</param>
internal sealed record BotFrameworkCaller(ClaimsPrincipal Principal, string? KeyId);
