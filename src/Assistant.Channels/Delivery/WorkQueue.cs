using System.Threading.Channels;

namespace Assistant.Channels.Delivery;

/// <summary>
/// A bounded in-process queue between a webhook (which acknowledges at once) and the background worker that answers.
/// A full queue refuses new work instead of growing without bound.
/// </summary>
/// <typeparam name="T">The work item.</typeparam>
internal sealed class WorkQueue<T>(int capacity)
{
    private readonly Channel<T> _channel = Channel.CreateBounded<T>(new BoundedChannelOptions(capacity)
    {
        FullMode = BoundedChannelFullMode.Wait,
        SingleReader = false,
        SingleWriter = false,
    });

    /// <summary>Queues <paramref name="item"/>; false when the queue is full.</summary>
    public bool TryEnqueue(T item) => _channel.Writer.TryWrite(item);

    /// <summary>The queued items, as they come, until <paramref name="cancellationToken"/> is cancelled.</summary>
    public IAsyncEnumerable<T> ReadAllAsync(CancellationToken cancellationToken) => _channel.Reader.ReadAllAsync(cancellationToken);
}
