using Microsoft.Extensions.Logging;

namespace Assistant.Review.Alerts;

/// <summary>The default alert sender until a Telegram channel is registered: logs that an alert is due (no personal data).</summary>
public sealed partial class LoggedReviewAlerts(ILogger<LoggedReviewAlerts> logger) : IReviewAlerts
{
    /// <inheritdoc />
    public Task SendAsync(ReviewAlert alert, CancellationToken cancellationToken = default)
    {
        LogAlert(alert.ItemId, alert.Risk, alert.Province);
        return Task.CompletedTask;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Review alert due for item {ItemId} (risk {Risk:F2}, province {Province}); no Telegram channel is registered")]
    private partial void LogAlert(long itemId, double risk, string? province);
}
