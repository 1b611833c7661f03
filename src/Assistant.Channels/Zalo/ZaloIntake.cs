using Assistant.Channels.Delivery;
using Microsoft.Extensions.Options;

namespace Assistant.Channels.Zalo;

/// <summary>Where webhook messages enter: a resent <c>msg_id</c> is dropped, the rest queued for the worker.</summary>
internal sealed class ZaloIntake(IOptions<ZaloOptions> options)
{
    private readonly DedupingIntake<ZaloIncoming> _intake = new(options.Value.DedupeCapacity, options.Value.QueueCapacity);

    /// <summary>The queue the worker reads.</summary>
    public WorkQueue<ZaloIncoming> Queue => _intake.Queue;

    /// <summary>Queues <paramref name="incoming"/> unless its message id was seen already.</summary>
    public IntakeResult Accept(ZaloIncoming incoming) => _intake.Accept(incoming.MessageId, incoming);
}
