using System.Collections.Concurrent;

namespace Assistant.Monitoring.Tests.MultiNode;

/// <summary>Scorings recorded per post id across nodes, and scorings the store refused.</summary>
public sealed class ScoringCounts
{
    private int _refused;

    /// <summary>Recorded scorings per post id.</summary>
    public ConcurrentDictionary<string, int> Recorded { get; } = new(StringComparer.Ordinal);

    /// <summary>Scorings refused because the post was scored already.</summary>
    public int Refused => Volatile.Read(ref _refused);

    /// <summary>Counts one attempt.</summary>
    public void Add(string id, bool recorded)
    {
        if (recorded)
        {
            Recorded.AddOrUpdate(id, 1, (_, n) => n + 1);
        }
        else
        {
            Interlocked.Increment(ref _refused);
        }
    }
}
