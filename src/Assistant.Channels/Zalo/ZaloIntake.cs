using Assistant.Channels.Delivery;
using Microsoft.Extensions.Options;

namespace Assistant.Channels.Zalo;

/// <summary>Where webhook messages enter: a resent <c>msg_id</c> is dropped, the rest queued for the worker.</summary>
internal sealed class ZaloIntake(IOptions<ZaloOptions> options)
{
    private readonly RecentIds _seen = new(options.Value.DedupeCapacity);

    /// <summary>The queue the worker reads.</summary>
    public WorkQueue<ZaloIncoming> Queue { get; } = new(options.Value.QueueCapacity);

    /// <summary>Queues <paramref name="incoming"/> unless its message id was seen already.</summary>
    public IntakeResult Accept(ZaloIncoming incoming)
    {
        if (!_seen.TryAdd(incoming.MessageId))
        {
            return IntakeResult.Duplicate;
        }

        if (Queue.TryEnqueue(incoming))
        {
            return IntakeResult.Queued;
        }

        _seen.Forget(incoming.MessageId);
        return IntakeResult.Full;
    }
}
