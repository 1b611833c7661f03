namespace Assistant.Core.Answers;

/// <summary>One step of a streamed answer: a piece of text, or the full answer.</summary>
public abstract record AnswerUpdate;

/// <summary>Text to append to what the reader sees so far.</summary>
/// <param name="Text">The new piece of text.</param>
public sealed record AnswerTextDelta(string Text) : AnswerUpdate;

/// <summary>
/// The full answer with citations. It may come more than once: a later one replaces everything shown
/// before it (a model answer that failed its grounding check is replaced by the extractive one).
/// </summary>
/// <param name="Answer">The answer to show.</param>
public sealed record AnswerFinal(Answer Answer) : AnswerUpdate;
