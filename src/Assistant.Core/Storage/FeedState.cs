namespace Assistant.Core.Storage;

/// <summary>The validators of a feed's last download, sent back as If-None-Match and If-Modified-Since.</summary>
/// <param name="ETag">The ETag header as the server sent it, or null.</param>
/// <param name="LastModified">The Last-Modified header as the server sent it, or null.</param>
public sealed record FeedState(string? ETag, string? LastModified);
