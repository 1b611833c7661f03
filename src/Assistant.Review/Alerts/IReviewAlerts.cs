namespace Assistant.Review.Alerts;

/// <summary>Sends a spokesperson an alert about a high-risk item assigned to them (Telegram when that channel is configured).</summary>
public interface IReviewAlerts
{
    /// <summary>Sends the alert; failures are the sender's to log, the assignment stands.</summary>
    Task SendAsync(ReviewAlert alert, CancellationToken cancellationToken = default);
}
