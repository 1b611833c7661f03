using System.Collections.Concurrent;
using Assistant.Core.Storage;

namespace Assistant.Storage.Locks;

/// <summary>
/// The SQLite engine's lock: one node, so a semaphore per name in this process is the whole lock. Locks are per data
/// folder (<paramref name="scope"/>), so hosts in one process over one folder share them.
/// </summary>
internal sealed class InProcessLock(string scope) : IDistributedLock
{
    private static readonly ConcurrentDictionary<string, SemaphoreSlim> Gates = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public async Task<IAsyncDisposable> AcquireAsync(string name, CancellationToken cancellationToken)
    {
        var gate = Gates.GetOrAdd(scope + "\n" + name, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        return new Release(gate);
    }

    private sealed class Release(SemaphoreSlim gate) : IAsyncDisposable
    {
        private int _released;

        public ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                gate.Release();
            }

            return ValueTask.CompletedTask;
        }
    }
}
