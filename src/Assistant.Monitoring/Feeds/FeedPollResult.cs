namespace Assistant.Monitoring.Feeds;

/// <summary>The outcome of one poll of one feed.</summary>
/// <param name="Feed">The feed's name.</param>
/// <param name="Status">How the poll ended.</param>
/// <param name="Items">Items read as posts and sent to the intake.</param>
/// <param name="New">Posts the intake had not stored before.</param>
/// <param name="Skipped">Malformed or empty items skipped.</param>
/// <param name="Error">Why the poll failed, when <see cref="Status"/> is <see cref="FeedPollStatus.Failed"/>.</param>
public sealed record FeedPollResult(string Feed, FeedPollStatus Status, int Items = 0, int New = 0, int Skipped = 0, string? Error = null);
