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
    private readonly DedupingIntake<Update> _intake = new(options.Value.DedupeCapacity, options.Value.QueueCapacity);

    /// <summary>The queue the worker reads.</summary>
    public WorkQueue<Update> Queue => _intake.Queue;

    /// <summary>Queues <paramref name="update"/> unless it was seen already.</summary>
    public IntakeResult Accept(Update update) => _intake.Accept(update.Id.ToString(CultureInfo.InvariantCulture), update);
}
