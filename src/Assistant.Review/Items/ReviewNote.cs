namespace Assistant.Review.Items;

/// <summary>A reviewer's note on an item.</summary>
/// <param name="Author">Login of the writer.</param>
/// <param name="At">When it was written.</param>
/// <param name="Text">The note.</param>
public sealed record ReviewNote(string Author, DateTimeOffset At, string Text);
