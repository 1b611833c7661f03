using Assistant.Core.Monitoring;
using Assistant.Review.Storage;
using Assistant.Review.Workflow;

namespace Assistant.Review.Posts;

/// <summary>
/// Every post the monitor took in, flagged or not, for spokespersons: searched and filtered in the monitor's archive,
/// placed in a province as an item would be (a spokesperson sees their own province's, an admin all), and put into the
/// review queue on request with a note (audited as the spokesperson's action).
/// </summary>
public sealed class PostBrowser(IPostArchive archive, IReviewRepository repository, ItemProvinceResolver provinces, ReviewQueue queue)
{
    /// <summary>Longest escalation note.</summary>
    public const int MaxNoteLength = 2000;

    /// <summary>Posts read for a spokesperson before keeping their province's (the archive knows no provinces).</summary>
    private const int ScannedForProvince = 2000;

    /// <summary>The posts matching the search that the actor may see, newest first.</summary>
    public async Task<IReadOnlyList<BrowsedPost>> SearchAsync(ReviewActor actor, PostSearch search, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var found = await archive.SearchAsync(actor.SeesAll ? search : search with { Limit = ScannedForProvince }, cancellationToken);
        var visible = new List<BrowsedPost>();
        foreach (var post in found)
        {
            var browsed = await BrowseAsync(post, cancellationToken);
            if (CanSee(actor, browsed))
            {
                visible.Add(browsed);
            }

            if (visible.Count == search.Limit)
            {
                break;
            }
        }

        return visible;
    }

    /// <summary>Puts a post into the review queue with the actor's note; returns the id of the item it is now in.</summary>
    /// <exception cref="ReviewException">Unknown or not visible post (NotFound), an empty or too long note, or a post already queued (Invalid).</exception>
    public async Task<long> EscalateAsync(ReviewActor actor, long postId, string? note, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var text = note?.Trim() ?? "";
        if (text.Length == 0 || text.Length > MaxNoteLength)
        {
            throw new ReviewException(ReviewErrorKind.Invalid, $"Vui lòng ghi lý do đưa bài vào hàng chờ (tối đa {MaxNoteLength} ký tự).");
        }

        var post = await archive.FindAsync(postId, cancellationToken) is { } found ? await BrowseAsync(found, cancellationToken) : null;
        if (post is null || !CanSee(actor, post))
        {
            throw new ReviewException(ReviewErrorKind.NotFound, "Không tìm thấy bài viết.");
        }

        var scored = post.Post.Scored ?? new ScoredPost { Id = post.Post.Post.ExternalId, Label = PostLabel.Misinformation };
        return await queue.EscalateAsync(actor, post.Post.Post, scored, text, cancellationToken)
            ?? throw new ReviewException(ReviewErrorKind.Invalid, "Bài viết này đã có trong hàng chờ.");
    }

    private async Task<BrowsedPost> BrowseAsync(ArchivedPost post, CancellationToken cancellationToken) => new(
        post,
        provinces.Resolve(post.Post.Text, post.Scored?.Passages ?? []),
        await repository.ContainsPostAsync(post.Post.Source, post.Post.ExternalId, cancellationToken));

    private static bool CanSee(ReviewActor actor, BrowsedPost post) => actor.SeesAll || (actor.Province is not null && post.Province == actor.Province);
}
