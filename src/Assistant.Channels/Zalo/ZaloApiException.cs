namespace Assistant.Channels.Zalo;

/// <summary>A Zalo API call failed for good (an error code that is not retried, or an unreadable answer).</summary>
/// <param name="error">Zalo's error code, or 0 when the answer could not be read.</param>
/// <param name="message">Zalo's message.</param>
public sealed class ZaloApiException(int error, string message) : Exception($"Zalo error {error}: {message}")
{
    /// <summary>Zalo's error code.</summary>
    public int Error { get; } = error;
}
