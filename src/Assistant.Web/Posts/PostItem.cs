namespace Assistant.Web.Posts;

/// <summary>One post of a <c>POST /api/posts</c> batch (DESIGN.md post fields); <c>source</c> defaults to <c>api</c>.</summary>
public sealed record PostItem(
    string? Source,
    string? ExternalId,
    string? Url,
    string? Author,
    DateTimeOffset? PublishedAt,
    string? Text,
    int Likes,
    int Shares,
    int Comments);
