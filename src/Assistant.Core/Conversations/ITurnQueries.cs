namespace Assistant.Core.Conversations;

/// <summary>Reads the recorded turns and their feedback for the staff reports (port; the web host's SQLite file by default).</summary>
public interface ITurnQueries
{
    /// <summary>The turns answered in [<paramref name="from"/>, <paramref name="to"/>), oldest first, at most <paramref name="limit"/>.</summary>
    Task<IReadOnlyList<RecordedTurn>> ListAsync(DateTimeOffset from, DateTimeOffset to, int limit, CancellationToken cancellationToken);
}
