namespace Assistant.Core.Conversations;

/// <summary>
/// Where answered turns go for the staff reports (the web host's SQLite <c>conversations.db</c>). A host without a
/// store (the command line) records nothing.
/// </summary>
public interface ITurnLog
{
    /// <summary>Records <paramref name="turn"/>; may queue it and return before it is written.</summary>
    ValueTask RecordAsync(StoredTurn turn, CancellationToken cancellationToken);
}
