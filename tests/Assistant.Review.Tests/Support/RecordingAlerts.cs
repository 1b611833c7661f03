using System.Collections.Concurrent;
using Assistant.Review.Alerts;

namespace Assistant.Review.Tests.Support;

/// <summary>Keeps the alerts sent.</summary>
public sealed class RecordingAlerts : IReviewAlerts
{
    /// <summary>Alerts, in order.</summary>
    public ConcurrentQueue<ReviewAlert> Sent { get; } = new();

    /// <inheritdoc />
    public Task SendAsync(ReviewAlert alert, CancellationToken cancellationToken = default)
    {
        Sent.Enqueue(alert);
        return Task.CompletedTask;
    }
}
