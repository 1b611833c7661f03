namespace Assistant.Web.Feedback;

/// <summary>Reply to a stored rating.</summary>
/// <param name="Message">A Vietnamese thank-you.</param>
public sealed record FeedbackResponse(string Message);
