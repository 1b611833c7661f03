namespace Assistant.Core.Monitoring;

/// <summary>The spokesperson's review queue, as the monitor sees it: where flagged posts go.</summary>
public interface IReviewQueue
{
    /// <summary>Adds a flagged post (or adds it to the cluster of an item it nearly duplicates).</summary>
    Task SubmitAsync(Post post, ScoredPost scored, CancellationToken cancellationToken = default);
}
