using Microsoft.Extensions.Hosting;

namespace Assistant.Channels.Delivery;

/// <summary>Background service that takes work from a <see cref="WorkQueue{T}"/> and handles it, several at a time.</summary>
/// <typeparam name="T">The work item.</typeparam>
/// <param name="queue">The queue the webhook fills.</param>
/// <param name="handle">Handles one item; must not throw except on cancellation.</param>
/// <param name="workers">Items handled at the same time.</param>
internal sealed class QueueWorker<T>(WorkQueue<T> queue, Func<T, CancellationToken, Task> handle, int workers) : BackgroundService
{
    /// <inheritdoc />
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Enumerable.Range(0, workers).Select(_ => RunAsync(stoppingToken)));

    private async Task RunAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var item in queue.ReadAllAsync(stoppingToken))
            {
                await handle(item, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Host stopping.
        }
    }
}
