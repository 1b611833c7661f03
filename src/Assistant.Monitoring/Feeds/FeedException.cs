namespace Assistant.Monitoring.Feeds;

/// <summary>A feed could not be used this time (unreachable, HTTP error, timeout, oversized, not RSS/Atom); the message says why.</summary>
public sealed class FeedException : Exception
{
    /// <summary>Creates the exception.</summary>
    public FeedException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
