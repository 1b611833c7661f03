using System.Globalization;
using Assistant.Channels.Delivery;
using Microsoft.Extensions.Options;
using Telegram.Bot.Types;

namespace Assistant.Channels.Telegram;

/// <summary>
/// Where updates enter, from the webhook or from polling: a resent <c>update_id</c> is dropped, the rest are
/// queued for the background worker so Telegram gets its 2xx at once.
/// </summary>
internal sealed class TelegramUpdateIntake(IOptions<TelegramOptions> options)
{
    private readonly RecentIds _seen = new(options.Value.DedupeCapacity);

    /// <summary>The queue the worker reads.</summary>
    public WorkQueue<Update> Queue { get; } = new(options.Value.QueueCapacity);

    /// <summary>Queues <paramref name="update"/> unless it was seen already.</summary>
    public IntakeResult Accept(Update update)
    {
        var id = update.Id.ToString(CultureInfo.InvariantCulture);
        if (!_seen.TryAdd(id))
        {
            return IntakeResult.Duplicate;
        }

        if (Queue.TryEnqueue(update))
        {
            return IntakeResult.Queued;
        }

        _seen.Forget(id);
        return IntakeResult.Full;
    }
}
