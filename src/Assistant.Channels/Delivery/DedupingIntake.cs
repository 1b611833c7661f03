using Assistant.Core.Storage;

namespace Assistant.Channels.Delivery;

/// <summary>
/// Where a channel's events enter: the event's key (<c>&lt;channel&gt;:&lt;id&gt;</c>) is inserted in the shared
/// <see cref="IChannelEventStore"/> before the event is queued, so a platform's resend, to this node or another, is
/// dropped; when the queue is full the key is released so a resend can still get in.
/// </summary>
/// <typeparam name="T">The event type.</typeparam>
/// <param name="store">Where keys are claimed, across nodes and restarts.</param>
/// <param name="time">The clock stamping each key.</param>
/// <param name="channel">The key prefix (<c>telegram</c>, <c>zalo</c>…).</param>
/// <param name="keep">How long a key is kept; a resend later than that is taken again.</param>
/// <param name="queueCapacity">How many events may wait for the worker.</param>
/// <param name="idOf">The event's id; an event without one cannot be recognised and is always queued.</param>
internal sealed class DedupingIntake<T>(
    IChannelEventStore store, TimeProvider time, string channel, TimeSpan keep, int queueCapacity, Func<T, string?> idOf)
{
    /// <summary>The queue the worker reads.</summary>
    public WorkQueue<T> Queue { get; } = new(queueCapacity);

    /// <summary>Queues <paramref name="item"/> unless its key was taken already.</summary>
    public async Task<IntakeResult> AcceptAsync(T item, CancellationToken cancellationToken)
    {
        var id = idOf(item);
        if (string.IsNullOrEmpty(id))
        {
            return Queue.TryEnqueue(item) ? IntakeResult.Queued : IntakeResult.Full;
        }

        var key = $"{channel}:{id}";
        var now = time.GetUtcNow();
        if (!await store.TryClaimAsync(key, now, now - keep, cancellationToken).ConfigureAwait(false))
        {
            return IntakeResult.Duplicate;
        }

        if (Queue.TryEnqueue(item))
        {
            return IntakeResult.Queued;
        }

        await store.ReleaseAsync(key, CancellationToken.None).ConfigureAwait(false);
        return IntakeResult.Full;
    }
}
