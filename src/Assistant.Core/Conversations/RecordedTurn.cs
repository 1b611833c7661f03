namespace Assistant.Core.Conversations;

/// <summary>A stored turn as the staff reports read it: what was asked and how it went, never who asked.</summary>
/// <param name="Channel">Channel name (web, telegram, zalo…).</param>
/// <param name="At">When it was answered.</param>
/// <param name="Asked">The question as typed.</param>
/// <param name="Question">The standalone question that was answered.</param>
/// <param name="Refused">True for a refusal.</param>
/// <param name="Mode">The answer's mode (extractive, llm, official).</param>
/// <param name="Feedback">Ratings given to the answer, oldest first.</param>
public sealed record RecordedTurn(
    string Channel,
    DateTimeOffset At,
    string Asked,
    string Question,
    bool Refused,
    string Mode,
    IReadOnlyList<TurnFeedback> Feedback);
