namespace Assistant.Monitoring.Tests.Feeds;

/// <summary>A request <see cref="FeedServer"/> received, with the headers the tests look at.</summary>
public sealed record FeedRequest(string Path, string? IfNoneMatch, string? IfModifiedSince, string? UserAgent);
