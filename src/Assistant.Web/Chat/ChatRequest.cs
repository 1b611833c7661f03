namespace Assistant.Web.Chat;

/// <summary>Body of <c>POST /api/chat</c> and <c>POST /api/chat/stream</c>.</summary>
/// <param name="Question">The citizen's question, in Vietnamese, with or without diacritics.</param>
/// <param name="ConversationId">The id returned by an earlier answer, to ask a follow-up; unknown or expired ids start a new conversation.</param>
/// <param name="IncludePassages">Also return the top retrieved passages.</param>
public sealed record ChatRequest(string? Question, string? ConversationId = null, bool IncludePassages = false);
