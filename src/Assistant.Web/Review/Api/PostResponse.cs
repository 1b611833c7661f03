using Assistant.Review.Posts;

namespace Assistant.Web.Review.Api;

/// <summary>A stored post in the review posts API (the author is left out: it is personal data).</summary>
/// <param name="Id">The store's id (for escalation).</param>
/// <param name="Source">Where it came from.</param>
/// <param name="ExternalId">Its id at the source.</param>
/// <param name="Url">Link, if any.</param>
/// <param name="Text">The text.</param>
/// <param name="ReceivedAt">When it was taken in.</param>
/// <param name="Scored">Whether it was scored yet.</param>
/// <param name="Flagged">Whether the monitor flagged it.</param>
/// <param name="Label">Predicted label, or null before scoring.</param>
/// <param name="Score">Risk score, or null before scoring.</param>
/// <param name="Reasons">The monitor's reasons.</param>
/// <param name="Province">The province slug it belongs to, or null.</param>
/// <param name="InQueue">True when it is in the review queue.</param>
public sealed record PostResponse(
    long Id, string Source, string ExternalId, string? Url, string Text, DateTimeOffset ReceivedAt,
    bool Scored, bool Flagged, string? Label, double? Score, IReadOnlyList<string> Reasons, string? Province, bool InQueue)
{
    /// <summary>The response for a browsed post.</summary>
    public static PostResponse Of(BrowsedPost browsed)
    {
        var (post, scored) = (browsed.Post.Post, browsed.Post.Scored);
        return new PostResponse(
            browsed.Post.Id, post.Source, post.ExternalId, post.Url, post.Text, browsed.Post.ReceivedAt,
            scored is not null, scored?.Flagged ?? false, scored?.Label, scored?.Score, scored?.Reasons ?? [], browsed.Province, browsed.InQueue);
    }
}
