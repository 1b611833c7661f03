namespace Assistant.Monitoring.Feeds;

/// <summary>How one poll of a feed ended.</summary>
public enum FeedPollStatus
{
    /// <summary>A new document was downloaded and its items taken in.</summary>
    Fetched,

    /// <summary>The server answered 304: nothing changed since the last download.</summary>
    NotModified,

    /// <summary>The feed could not be used this time (logged); it is tried again at its next interval.</summary>
    Failed,
}
