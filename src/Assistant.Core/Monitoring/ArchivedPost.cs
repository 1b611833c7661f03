namespace Assistant.Core.Monitoring;

/// <summary>A post as the monitor keeps it: flagged or not, with its scoring once scored.</summary>
/// <param name="Id">The store's id of the post.</param>
/// <param name="Post">The post as received.</param>
/// <param name="ReceivedAt">When it was taken in.</param>
/// <param name="Scored">The monitor's judgement, or null while it waits to be scored.</param>
public sealed record ArchivedPost(long Id, Post Post, DateTimeOffset ReceivedAt, ScoredPost? Scored);
