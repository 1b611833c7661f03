namespace Assistant.Channels.Delivery;

/// <summary>
/// Where a channel's events enter: an id seen recently (a platform resending) is dropped, the rest are queued for
/// the background worker; when the queue is full the id is forgotten so a resend can still get in.
/// </summary>
/// <typeparam name="T">The event type.</typeparam>
/// <param name="dedupeCapacity">How many recent ids are remembered.</param>
/// <param name="queueCapacity">How many events may wait for the worker.</param>
/// <param name="idOf">The event's id; an event without one cannot be recognised and is always queued.</param>
internal sealed class DedupingIntake<T>(int dedupeCapacity, int queueCapacity, Func<T, string?> idOf)
{
    private readonly RecentIds _seen = new(dedupeCapacity);

    /// <summary>The queue the worker reads.</summary>
    public WorkQueue<T> Queue { get; } = new(queueCapacity);

    /// <summary>Queues <paramref name="item"/> unless its id was seen already.</summary>
    public IntakeResult Accept(T item)
    {
        var id = idOf(item);
        if (string.IsNullOrEmpty(id))
        {
            return Queue.TryEnqueue(item) ? IntakeResult.Queued : IntakeResult.Full;
        }

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
