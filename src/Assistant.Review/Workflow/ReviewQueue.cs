using Assistant.Core.Monitoring;
using Assistant.Review.Alerts;
using Assistant.Review.Items;
using Assistant.Review.Storage;
using Microsoft.Extensions.Options;

namespace Assistant.Review.Workflow;

/// <summary>
/// Where the monitor's flagged posts arrive: a post nearly duplicating a recent one joins that item's cluster; otherwise a
/// new item is created, placed in a province and assigned to that province's spokesperson (of the agency its passages
/// name, when there is one).
/// </summary>
public sealed class ReviewQueue(
    IReviewRepository repository,
    AssigneePicker assignees,
    ItemProvinceResolver provinces,
    AssignmentAlerter alerter,
    IOptions<ReviewOptions> options,
    TimeProvider time) : IReviewQueue
{
    private readonly SemaphoreSlim gate = new(1, 1);

    /// <inheritdoc />
    public async Task SubmitAsync(Post post, ScoredPost scored, CancellationToken cancellationToken = default)
    {
        await gate.WaitAsync(cancellationToken);
        try
        {
            _ = await SubmitOneAsync(post, scored, cancellationToken);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>
    /// Puts a post the monitor did not flag into the queue at a spokesperson's request: like a flagged post (joined to
    /// the cluster of a near duplicate, else a new item placed and assigned), audited as the spokesperson's action with
    /// their note in the history. Returns the item's id, or null when the post is already in the queue.
    /// </summary>
    public async Task<long?> EscalateAsync(ReviewActor actor, Post post, ScoredPost scored, string note, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await gate.WaitAsync(cancellationToken);
        try
        {
            return await SubmitOneAsync(post, scored, cancellationToken, (actor, note));
        }
        finally
        {
            gate.Release();
        }
    }

    private async Task<long?> SubmitOneAsync(Post post, ScoredPost scored, CancellationToken cancellationToken, (ReviewActor Actor, string Note)? escalation = null)
    {
        if (await repository.ContainsPostAsync(post.Source, post.ExternalId, cancellationToken))
        {
            return null;
        }

        var now = time.GetUtcNow();
        var stored = new ReviewPost(post.Source, post.ExternalId, post.Text, now)
        {
            Url = post.Url,
            PublishedAt = post.PublishedAt,
            Likes = post.Likes,
            Shares = post.Shares,
            Comments = post.Comments,
        };
        var settings = options.Value;
        var recent = await repository.RecentPostsAsync(now.AddDays(-settings.ClusterWindowDays), cancellationToken);
        var shingles = NearDuplicates.Shingles(post.Text);
        var cluster = recent
            .Select(r => (r.ItemId, Similarity: NearDuplicates.Similarity(shingles, NearDuplicates.Shingles(r.Text))))
            .Where(r => r.Similarity >= settings.ClusterSimilarity)
            .OrderByDescending(r => r.Similarity)
            .FirstOrDefault();
        var escalated = escalation is { } e ? new AuditEntry(e.Actor.Login, now, ReviewActions.Escalated, $"Bài {post.Source}/{post.ExternalId}: {e.Note}") : null;
        if (cluster.ItemId != 0)
        {
            var audit = escalated ?? new AuditEntry(ReviewActor.System.Login, now, ReviewActions.Clustered, $"Thêm bài {post.Source}/{post.ExternalId} (giống {cluster.Similarity:P0})");
            await repository.AddToClusterAsync(cluster.ItemId, stored, scored.Score, audit, cancellationToken);
            return cluster.ItemId;
        }

        var province = provinces.Resolve(post.Text, scored.Passages);
        var assignee = await assignees.PickAsync(province, scored.Passages, cancellationToken);
        var item = new ReviewItem
        {
            Id = 0,
            Version = 1,
            State = ReviewStates.New,
            Risk = scored.Score,
            Label = scored.Label,
            Reasons = scored.Reasons,
            Passages = scored.Passages,
            Province = province,
            AssignedTo = assignee?.Login,
            KnownClaimId = scored.KnownClaim?.Id,
            CreatedAt = now,
            UpdatedAt = now,
            Posts = [stored],
        };
        List<AuditEntry> entries = [escalated ?? new(ReviewActor.System.Login, now, ReviewActions.Created, $"Bài {post.Source}/{post.ExternalId}, rủi ro {scored.Score:F2}, tỉnh {provinces.NameOf(province)}")];
        if (assignee is not null)
        {
            entries.Add(new AuditEntry(ReviewActor.System.Login, now, ReviewActions.Assigned, assignee.Login));
        }

        var id = await repository.AddAsync(item, entries, cancellationToken);
        if (assignee is not null)
        {
            await alerter.OnAssignedAsync(item with { Id = id }, assignee, cancellationToken);
        }

        return id;
    }
}
