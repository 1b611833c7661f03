using Assistant.Core.Storage;

namespace Assistant.Monitoring.Feeds;

/// <summary>What a feed server answered: a new document with its validators, or "not modified" (304).</summary>
/// <param name="Content">The document bytes; empty when not modified.</param>
/// <param name="Validators">ETag and Last-Modified of the document.</param>
/// <param name="NotModified">True when the server answered 304 to the conditional request.</param>
public sealed record FeedDownload(byte[] Content, FeedState Validators, bool NotModified);
