using Assistant.Core.Monitoring;

namespace Assistant.Monitoring.Feeds;

/// <summary>The posts read from one feed document and the items skipped.</summary>
/// <param name="Posts">One post per usable item, in feed order.</param>
/// <param name="Skipped">Malformed or empty items, with the reason.</param>
/// <param name="Ignored">Items past <see cref="FeedOptions.MaxItemsPerPoll"/>, not read.</param>
public sealed record FeedParseResult(IReadOnlyList<Post> Posts, IReadOnlyList<SkippedFeedItem> Skipped, int Ignored);
