using System.Threading.Channels;
using Assistant.Core.Conversations;

namespace Assistant.Web.Storage;

/// <summary>
/// Records answered turns off the request path: questions queue here and a background loop writes them in batches,
/// one transaction each; on shutdown the queue is drained before the host stops.
/// </summary>
public sealed class TurnRecorder(ConversationStore store, ILogger<TurnRecorder> logger) : BackgroundService, ITurnLog
{
    private const int BatchSize = 256;

    private readonly Channel<StoredTurn> queue = Channel.CreateBounded<StoredTurn>(new BoundedChannelOptions(10_000)
    {
        SingleReader = true,
        FullMode = BoundedChannelFullMode.Wait,
    });

    /// <summary>Queues a turn for recording; waits only when the queue is full.</summary>
    public ValueTask RecordAsync(StoredTurn turn, CancellationToken cancellationToken) => queue.Writer.WriteAsync(turn, cancellationToken);

    /// <inheritdoc />
    public override async Task StopAsync(CancellationToken cancellationToken)
    {
        queue.Writer.TryComplete();
        await base.StopAsync(cancellationToken);
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var batch = new List<StoredTurn>(BatchSize);
        // The loop ends when StopAsync completes the queue and everything queued is written, not on the stopping token.
        while (await queue.Reader.WaitToReadAsync(CancellationToken.None))
        {
            while (batch.Count < BatchSize && queue.Reader.TryRead(out var turn))
            {
                batch.Add(turn);
            }

            try
            {
                await store.SaveAsync(batch, CancellationToken.None);
            }
            catch (Exception ex) when (ex is Microsoft.Data.Sqlite.SqliteException or IOException or InvalidOperationException)
            {
                logger.LogError(ex, "Could not record {TurnCount} conversation turns", batch.Count);
            }

            batch.Clear();
        }
    }
}
