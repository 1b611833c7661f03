using Assistant.Channels.Telegram;
using Assistant.Review.Alerts;

namespace Assistant.Web.Review;

/// <summary>
/// Review alerts on Telegram: the web host wires the channel's <see cref="TelegramNotifier"/> into the review queue's
/// port, so neither library knows the other. The notice is queued at once and sent in the background (retries included),
/// so a slow or failing Telegram never holds up an assignment.
/// </summary>
public sealed class TelegramReviewAlerts(TelegramNotifier telegram) : IReviewAlerts
{
    /// <inheritdoc />
    /// <exception cref="InvalidOperationException">The chat id is not one Telegram accepts, or the notice queue is full.</exception>
    public Task SendAsync(ReviewAlert alert, CancellationToken cancellationToken = default) =>
        telegram.TryQueue(alert.TelegramChat, alert.Message)
            ? Task.CompletedTask
            : throw new InvalidOperationException("The Telegram notifier refused the alert (chat id not accepted or queue full).");
}
