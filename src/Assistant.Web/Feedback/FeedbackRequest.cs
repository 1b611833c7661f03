namespace Assistant.Web.Feedback;

/// <summary>Body of <c>POST /api/feedback</c>: a thumbs up or down on one answer.</summary>
/// <param name="ConversationId">The conversation the answer belongs to.</param>
/// <param name="AnswerId">The answer's <c>id</c>; or give <paramref name="Turn"/>.</param>
/// <param name="Turn">The answer's turn number, when no answer id is given.</param>
/// <param name="Rating"><c>up</c> or <c>down</c>.</param>
/// <param name="Comment">Optional comment.</param>
public sealed record FeedbackRequest(string? ConversationId, string? AnswerId = null, int? Turn = null, string? Rating = null, string? Comment = null);
