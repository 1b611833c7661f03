using System.Collections.Concurrent;
using Assistant.Core.Monitoring;

namespace Assistant.Monitoring.Tests.Pipeline;

/// <summary>A review queue that keeps what it is sent.</summary>
public sealed class RecordingReviewQueue : IReviewQueue
{
    public ConcurrentQueue<(Post Post, ScoredPost Scored)> Submitted { get; } = new();

    public Task SubmitAsync(Post post, ScoredPost scored, CancellationToken cancellationToken = default)
    {
        Submitted.Enqueue((post, scored));
        return Task.CompletedTask;
    }
}
