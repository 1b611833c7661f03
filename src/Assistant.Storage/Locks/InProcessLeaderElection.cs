using System.Collections.Concurrent;
using Assistant.Core.Storage;

namespace Assistant.Storage.Locks;

/// <summary>
/// The SQLite engine's election: one node, so the first caller in this process leads until it hands back. Leaderships
/// are per data folder (<paramref name="scope"/>), so of two hosts in one process over one folder only one leads.
/// </summary>
internal sealed class InProcessLeaderElection(string scope) : ILeaderElection
{
    private static readonly ConcurrentDictionary<string, Leadership> Held = new(StringComparer.Ordinal);

    /// <inheritdoc />
    public Task<ILeadership?> TryAcquireAsync(string name, CancellationToken cancellationToken)
    {
        var key = scope + "\n" + name;
        var leadership = new Leadership(key);
        return Task.FromResult<ILeadership?>(Held.TryAdd(key, leadership) ? leadership : null);
    }

    private sealed class Leadership(string key) : ILeadership
    {
        public CancellationToken Lost => CancellationToken.None;

        public ValueTask DisposeAsync()
        {
            Held.TryRemove(new KeyValuePair<string, Leadership>(key, this));
            return ValueTask.CompletedTask;
        }
    }
}
