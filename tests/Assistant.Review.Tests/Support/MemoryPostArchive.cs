using Assistant.Core.Monitoring;

namespace Assistant.Review.Tests.Support;

/// <summary>The monitor's post archive in memory (the intake's SQLite store is tested in Monitoring).</summary>
public sealed class MemoryPostArchive : IPostArchive
{
    private readonly List<ArchivedPost> posts = [];

    /// <summary>Adds a stored post and returns it.</summary>
    public ArchivedPost Add(Post post, ScoredPost? scored, DateTimeOffset receivedAt)
    {
        var archived = new ArchivedPost(posts.Count + 1, post, receivedAt, scored);
        posts.Add(archived);
        return archived;
    }

    /// <inheritdoc />
    public Task<IReadOnlyList<ArchivedPost>> SearchAsync(PostSearch search, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<ArchivedPost>>(posts
            .Where(p => search.Text is null || p.Post.Text.Contains(search.Text, StringComparison.OrdinalIgnoreCase))
            .Where(p => search.Flagged is null || p.Scored?.Flagged == search.Flagged)
            .OrderByDescending(p => p.Id)
            .Take(search.Limit)
            .ToList());

    /// <inheritdoc />
    public Task<ArchivedPost?> FindAsync(long id, CancellationToken cancellationToken = default) =>
        Task.FromResult(posts.FirstOrDefault(p => p.Id == id));
}
