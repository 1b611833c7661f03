using Assistant.Core.Provinces;
using Assistant.Review.Accounts;
using Assistant.Review.Items;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Assistant.Review.Alerts;

/// <summary>Alerts a spokesperson when an item above <c>Review:AlertRisk</c> is assigned to them and their account has a chat id.</summary>
public sealed partial class AssignmentAlerter(IReviewAlerts alerts, ProvinceDirectory provinces, IOptions<ReviewOptions> options, ILogger<AssignmentAlerter> logger)
{
    /// <summary>Sends the alert if due; a failure is logged, never thrown (the assignment is already stored).</summary>
    public async Task<bool> OnAssignedAsync(ReviewItem item, ReviewAccount account, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (item.Risk <= settings.AlertRisk || account.TelegramChat is null)
        {
            return false;
        }

        var province = item.Province is null ? null : provinces.Find(item.Province)?.Name ?? item.Province;
        var message = AlertMessage.Compose(item, province, settings.PublicBaseUrl);
        try
        {
            await alerts.SendAsync(new ReviewAlert(item.Id, account.Login, account.TelegramChat, item.Risk, item.Province, message), cancellationToken);
            return true;
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            LogFailed(exception, item.Id);
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Review alert for item {ItemId} could not be sent")]
    private partial void LogFailed(Exception exception, long itemId);
}
