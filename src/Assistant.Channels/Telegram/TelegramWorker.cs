using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Assistant.Channels.Telegram;

/// <summary>Answers queued updates in the background, <see cref="TelegramOptions.Workers"/> at a time.</summary>
internal sealed class TelegramWorker(TelegramUpdateIntake intake, TelegramUpdateProcessor processor, IOptions<TelegramOptions> options)
    : BackgroundService
{
    /// <inheritdoc />
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Enumerable.Range(0, options.Value.Workers).Select(_ => RunAsync(stoppingToken)));

    private async Task RunAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var update in intake.Queue.ReadAllAsync(stoppingToken))
            {
                await processor.ProcessAsync(update, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Host stopping.
        }
    }
}
