using Assistant.Channels.Delivery;
using Assistant.Core.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Types;
using Telegram.Bot.Types.Enums;

namespace Assistant.Channels.Telegram;

/// <summary>
/// Long polling (<see cref="TelegramMode.Polling"/>): removes any webhook, then asks <c>getUpdates</c> in a loop,
/// confirming each batch through the next offset, and hands updates to the same intake as the webhook. With several
/// nodes only the leader of <see cref="LeaderName"/> polls; another node takes over when it dies.
/// </summary>
internal sealed class TelegramPoller(
    TelegramSender sender,
    DedupingIntake<Update> intake,
    IOptions<TelegramOptions> options,
    LeaderRunner leader,
    TimeProvider time,
    ILogger<TelegramPoller> logger) : BackgroundService
{
    private static readonly UpdateType[] Wanted = [UpdateType.Message, UpdateType.ChannelPost];

    /// <summary>The leadership the polling node holds.</summary>
    public const string LeaderName = "telegram-polling";

    /// <inheritdoc />
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => leader.RunAsync(LeaderName, PollForeverAsync, stoppingToken);

    private async Task PollForeverAsync(CancellationToken stoppingToken)
    {
        var timeout = options.Value.PollingTimeoutSeconds;
        int? offset = null;
        try
        {
            await RemoveWebhookAsync(stoppingToken);
            logger.LogInformation("Telegram long polling started");
            while (!stoppingToken.IsCancellationRequested)
            {
                try
                {
                    var updates = await sender.CallAsync(
                        (client, token) => client.GetUpdates(offset, 100, timeout, Wanted, token), stoppingToken);
                    foreach (var update in updates)
                    {
                        if (await intake.AcceptAsync(update, stoppingToken) == IntakeResult.Full)
                        {
                            // Not confirmed: Telegram hands it out again once the worker has caught up.
                            await Task.Delay(TimeSpan.FromSeconds(1), time, stoppingToken);
                            break;
                        }

                        offset = update.Id + 1;
                    }
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    logger.LogError(exception, "Telegram getUpdates failed; polling again shortly");
                    await Task.Delay(TimeSpan.FromSeconds(5), time, stoppingToken);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Host stopping.
        }
    }

    /// <summary>Telegram refuses getUpdates while a webhook is set; a failure here is logged and polling goes on.</summary>
    private async Task RemoveWebhookAsync(CancellationToken stoppingToken)
    {
        try
        {
            await sender.CallAsync(
                async (client, token) =>
                {
                    await client.DeleteWebhook(cancellationToken: token);
                    return true;
                },
                stoppingToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogError(exception, "Telegram deleteWebhook failed; polling anyway");
        }
    }
}
