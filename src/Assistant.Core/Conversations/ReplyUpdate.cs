namespace Assistant.Core.Conversations;

/// <summary>One step of a streamed conversation reply: a piece of text, or the full reply.</summary>
public abstract record ReplyUpdate;
