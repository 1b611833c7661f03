using Assistant.Core.Monitoring;

namespace Assistant.Review.Posts;

/// <summary>A stored post as a spokesperson sees it in the posts list.</summary>
/// <param name="Post">The post and its scoring.</param>
/// <param name="Province">The province it belongs to (as an item would), or null.</param>
/// <param name="InQueue">True when it is already in the review queue.</param>
public sealed record BrowsedPost(ArchivedPost Post, string? Province, bool InQueue);
