namespace Assistant.Core.Storage;

/// <summary>A named lock held by one caller at a time across every node (a PostgreSQL advisory lock; in-process on SQLite).</summary>
public interface IDistributedLock
{
    /// <summary>Waits for the lock named <paramref name="name"/>; disposing the result releases it.</summary>
    Task<IAsyncDisposable> AcquireAsync(string name, CancellationToken cancellationToken);
}
