using Assistant.Core.Conversations;

namespace Assistant.Web.Chat;

/// <summary>A chat request that passed the checks.</summary>
/// <param name="Key">The conversation, an unusable id replaced by a new one.</param>
/// <param name="Question">The trimmed question.</param>
/// <param name="IncludePassages">Return the retrieved passages too.</param>
public sealed record ValidChatRequest(ConversationKey Key, string Question, bool IncludePassages);
