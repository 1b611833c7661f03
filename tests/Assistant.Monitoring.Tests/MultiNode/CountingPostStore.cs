using Assistant.Core.Monitoring;
using Assistant.Core.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace Assistant.Monitoring.Tests.MultiNode;

/// <summary>The node's real post store, counting the scorings it recorded and those refused (the post was scored already).</summary>
public sealed class CountingPostStore(IPostStore inner, ScoringCounts counts) : IPostStore
{
    /// <summary>Puts a counting wrapper around the <see cref="IPostStore"/> registered in <paramref name="services"/>.</summary>
    public static void Wrap(IServiceCollection services, ScoringCounts counts)
    {
        var registered = services.Single(d => d.ServiceType == typeof(IPostStore));
        services.Remove(registered);
        services.AddSingleton<IPostStore>(sp => new CountingPostStore((IPostStore)registered.ImplementationFactory!(sp), counts));
    }

    public async Task<bool> MarkScoredAsync(long rowId, ScoredPost scored, CancellationToken cancellationToken)
    {
        var recorded = await inner.MarkScoredAsync(rowId, scored, cancellationToken);
        counts.Add(scored.Id, recorded);
        return recorded;
    }

    public Task<int> InsertAsync(IReadOnlyList<Post> posts, DateTimeOffset receivedAt, CancellationToken cancellationToken) =>
        inner.InsertAsync(posts, receivedAt, cancellationToken);

    public Task<IReadOnlyList<PendingPost>> ClaimPendingAsync(int limit, TimeSpan lease, CancellationToken cancellationToken) =>
        inner.ClaimPendingAsync(limit, lease, cancellationToken);

    public Task<ScoredPost?> FindScoredAsync(string source, string externalId, CancellationToken cancellationToken) =>
        inner.FindScoredAsync(source, externalId, cancellationToken);

    public Task<(int Total, int Unscored)> CountAsync(CancellationToken cancellationToken) => inner.CountAsync(cancellationToken);

    public Task<int> ClearAuthorsAsync(DateTimeOffset before, CancellationToken cancellationToken) => inner.ClearAuthorsAsync(before, cancellationToken);

    public Task<string?> FindAuthorAsync(string source, string externalId, CancellationToken cancellationToken) =>
        inner.FindAuthorAsync(source, externalId, cancellationToken);

    public Task<IReadOnlyList<ArchivedPost>> SearchAsync(PostSearch search, CancellationToken cancellationToken = default) =>
        inner.SearchAsync(search, cancellationToken);

    public Task<ArchivedPost?> FindAsync(long id, CancellationToken cancellationToken = default) => inner.FindAsync(id, cancellationToken);
}
