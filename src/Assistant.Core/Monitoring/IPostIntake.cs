namespace Assistant.Core.Monitoring;

/// <summary>
/// The one way posts enter monitoring (API, CLI, RSS, Telegram channel posts): stored before acknowledged,
/// idempotent on (Source, ExternalId), then scored and, when flagged, sent to the review queue.
/// </summary>
public interface IPostIntake
{
    /// <summary>Stores the posts (a post already stored is not stored again) and returns how many were new.</summary>
    Task<int> ReceiveAsync(IReadOnlyList<Post> posts, CancellationToken cancellationToken = default);
}
