namespace Assistant.Core.Storage;

/// <summary>A held leadership; disposing it hands it back.</summary>
public interface ILeadership : IAsyncDisposable
{
    /// <summary>Cancelled when the leadership is lost (the database session behind it ended).</summary>
    CancellationToken Lost { get; }
}
