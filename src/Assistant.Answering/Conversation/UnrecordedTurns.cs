using Assistant.Core.Conversations;

namespace Assistant.Answering.Conversation;

/// <summary>The <see cref="ITurnLog"/> of a host that keeps no turn store (the command line): the turn is forgotten.</summary>
public sealed class UnrecordedTurns : ITurnLog
{
    /// <inheritdoc />
    public ValueTask RecordAsync(StoredTurn turn, CancellationToken cancellationToken) => ValueTask.CompletedTask;
}
