using Assistant.Channels.Delivery;
using Microsoft.Extensions.Options;

namespace Assistant.Channels.BotFramework;

/// <summary>
/// Where activities enter: an activity id seen recently in the same conversation (a Bot Connector resend) is dropped,
/// the rest are queued for the worker so the Bot Connector gets its 200 at once.
/// </summary>
internal sealed class BotFrameworkIntake(IOptions<BotFrameworkOptions> options)
{
    private readonly DedupingIntake<BotActivity> _intake = new(options.Value.DedupeCapacity, options.Value.QueueCapacity);

    /// <summary>The queue the worker reads.</summary>
    public WorkQueue<BotActivity> Queue => _intake.Queue;

    /// <summary>Queues <paramref name="activity"/> unless it was seen already; one without an id cannot be recognised and is always queued.</summary>
    public IntakeResult Accept(BotActivity activity)
    {
        if (activity.Id is not { Length: > 0 } id)
        {
            return Queue.TryEnqueue(activity) ? IntakeResult.Queued : IntakeResult.Full;
        }

        return _intake.Accept($"{activity.ChannelId}\n{activity.Conversation?.Id}\n{id}", activity);
    }
}
