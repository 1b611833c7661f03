using Assistant.Core.Answers;

namespace Assistant.Core.Conversations;

/// <summary>An answer given within a conversation, with what a channel shows next to it.</summary>
/// <param name="Subject">The channel's id for the conversation (the key's subject).</param>
/// <param name="Turn">Number of this exchange in the conversation, from 1.</param>
/// <param name="AskedQuestion">The question as the citizen typed it.</param>
/// <param name="Answer">The answer; its <see cref="Answer.Question"/> is the standalone question that was answered.</param>
/// <param name="Suggestions">Follow-up questions drawn from the cited documents, in Vietnamese.</param>
public sealed record ConversationReply(
    string Subject,
    int Turn,
    string AskedQuestion,
    Answer Answer,
    IReadOnlyList<string> Suggestions);
