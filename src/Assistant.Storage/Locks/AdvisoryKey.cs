using System.Text;

namespace Assistant.Storage.Locks;

/// <summary>
/// The two-int key of a PostgreSQL advisory lock: a class (locks or leaderships) and a stable 32-bit FNV-1a hash of the
/// name, the same on every node and every run.
/// </summary>
public static class AdvisoryKey
{
    /// <summary>The class of <see cref="AdvisoryLock"/> keys.</summary>
    public const int LockClass = 0x4C4B;

    /// <summary>The class of <see cref="AdvisoryLeaderElection"/> keys.</summary>
    public const int LeaderClass = 0x4C44;

    /// <summary>The hash of <paramref name="name"/>.</summary>
    public static int Of(string name)
    {
        var hash = 2166136261u;
        foreach (var b in Encoding.UTF8.GetBytes(name))
        {
            hash = (hash ^ b) * 16777619u;
        }

        return unchecked((int)hash);
    }
}
