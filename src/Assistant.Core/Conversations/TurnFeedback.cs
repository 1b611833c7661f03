namespace Assistant.Core.Conversations;

/// <summary>A thumbs up or down given to an answer.</summary>
/// <param name="Rating"><c>up</c> or <c>down</c>.</param>
/// <param name="Comment">The optional comment.</param>
/// <param name="At">When it was given.</param>
public sealed record TurnFeedback(string Rating, string? Comment, DateTimeOffset At)
{
    /// <summary>True for a thumbs down.</summary>
    public bool IsDown => string.Equals(Rating, "down", StringComparison.Ordinal);
}
