using Assistant.Channels.Delivery;
using Microsoft.Extensions.Options;

namespace Assistant.Channels.Zalo;

/// <summary>Where Zalo messages enter: a message id taken before (also before a restart) is dropped, the rest are queued for the worker.</summary>
internal sealed class ZaloIntake(IChannelEventStore seen, IOptions<ZaloOptions> options, TimeProvider time)
{
    /// <summary>The queue the worker reads.</summary>
    public WorkQueue<ZaloIncoming> Queue { get; } = new(options.Value.QueueCapacity);

    /// <summary>Queues <paramref name="incoming"/> unless its message id was taken already; a full queue forgets the id so Zalo's resend gets in.</summary>
    public async Task<IntakeResult> AcceptAsync(ZaloIncoming incoming, CancellationToken cancellationToken)
    {
        if (!await seen.TryClaimAsync(incoming.MessageId, time.GetUtcNow(), cancellationToken))
        {
            return IntakeResult.Duplicate;
        }

        if (Queue.TryEnqueue(incoming))
        {
            return IntakeResult.Queued;
        }

        await seen.ReleaseAsync(incoming.MessageId, CancellationToken.None);
        return IntakeResult.Full;
    }
}
