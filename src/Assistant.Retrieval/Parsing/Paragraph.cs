namespace Assistant.Retrieval.Parsing;

/// <summary>A logical paragraph: source lines rejoined, emphasis dropped, whitespace collapsed.</summary>
/// <param name="Text">The rejoined text.</param>
/// <param name="FirstLine">1-based number of its first source line.</param>
internal sealed record Paragraph(string Text, int FirstLine);
