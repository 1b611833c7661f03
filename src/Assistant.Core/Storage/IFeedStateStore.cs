namespace Assistant.Core.Storage;

/// <summary>Each feed's validators (ETag, Last-Modified) per (name, url), so a restarted poller asks conditionally.</summary>
public interface IFeedStateStore
{
    /// <summary>The validators of the feed's last download, or null when it was never downloaded from this address.</summary>
    Task<FeedState?> FindAsync(string name, string url, CancellationToken cancellationToken);

    /// <summary>Stores the validators of a download whose items were taken in (replacing those of another address).</summary>
    Task SaveAsync(string name, string url, FeedState state, DateTimeOffset fetchedAt, CancellationToken cancellationToken);
}
