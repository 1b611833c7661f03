namespace Assistant.Core.Answers;

/// <summary>A passage an answer rests on, as shown to the citizen.</summary>
/// <param name="Doc">Document id.</param>
/// <param name="Section">Section path.</param>
/// <param name="Title">Document title.</param>
/// <param name="Text">The passage text.</param>
public sealed record Citation(string Doc, string Section, string Title, string Text);
