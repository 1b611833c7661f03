namespace Assistant.Channels.Zalo;

/// <summary>Zalo answered error -32 (too many calls); the resilience pipeline backs off and retries.</summary>
public sealed class ZaloRateLimitedException(string message) : Exception(message);
