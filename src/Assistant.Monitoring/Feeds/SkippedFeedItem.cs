namespace Assistant.Monitoring.Feeds;

/// <summary>A feed item that was not taken in.</summary>
/// <param name="Item">The item as logs name it: its guid/id, link or title, else its position.</param>
/// <param name="Reason">Why it was skipped, in English.</param>
public sealed record SkippedFeedItem(string Item, string Reason);
