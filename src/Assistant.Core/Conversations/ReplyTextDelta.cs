namespace Assistant.Core.Conversations;

/// <summary>Text to append to what the reader sees so far.</summary>
/// <param name="Text">The new piece of text.</param>
public sealed record ReplyTextDelta(string Text) : ReplyUpdate;
