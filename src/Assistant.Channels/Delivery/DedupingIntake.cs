namespace Assistant.Channels.Delivery;

/// <summary>
/// Where a channel's events enter: an id seen recently (a platform resending) is dropped, the rest are queued for
/// the background worker; when the queue is full the id is forgotten so a resend can still get in.
/// </summary>
/// <typeparam name="T">The event type.</typeparam>
internal sealed class DedupingIntake<T>(int dedupeCapacity, int queueCapacity)
{
    private readonly RecentIds _seen = new(dedupeCapacity);

    /// <summary>The queue the worker reads.</summary>
    public WorkQueue<T> Queue { get; } = new(queueCapacity);

    /// <summary>Queues <paramref name="item"/> unless <paramref name="id"/> was seen already.</summary>
    public IntakeResult Accept(string id, T item)
    {
        if (!_seen.TryAdd(id))
        {
            return IntakeResult.Duplicate;
        }

        if (Queue.TryEnqueue(item))
        {
            return IntakeResult.Queued;
        }

        _seen.Forget(id);
        return IntakeResult.Full;
    }
}
