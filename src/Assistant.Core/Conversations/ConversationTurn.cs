using Assistant.Core.Answers;

namespace Assistant.Core.Conversations;

/// <summary>One exchange of a conversation: what was asked (as understood) and what was answered.</summary>
/// <param name="Question">The standalone question that was answered.</param>
/// <param name="Answer">The answer given, with its citations.</param>
public sealed record ConversationTurn(string Question, Answer Answer);
