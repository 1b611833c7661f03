using Assistant.Core.Answers;

namespace Assistant.Core.Conversations;

/// <summary>One answered question as recorded for the staff reports; the conversation is named by its internal id only.</summary>
/// <param name="ConversationId">Internal conversation id (not the channel's id).</param>
/// <param name="Channel">Channel name.</param>
/// <param name="SubjectHash">Salted hash of the channel's conversation or user id.</param>
/// <param name="StartedAt">When the conversation started.</param>
/// <param name="Turn">Number of the exchange, from 1.</param>
/// <param name="AnswerId">Id of the answer (feedback refers to it).</param>
/// <param name="Asked">The question as typed.</param>
/// <param name="Answer">The answer that stood; its question is the standalone one.</param>
/// <param name="At">When it was answered.</param>
public sealed record StoredTurn(
    string ConversationId,
    string Channel,
    string SubjectHash,
    DateTimeOffset StartedAt,
    int Turn,
    string AnswerId,
    string Asked,
    Answer Answer,
    DateTimeOffset At);
