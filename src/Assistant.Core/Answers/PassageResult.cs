namespace Assistant.Core.Answers;

/// <summary>A retrieved passage in the Answer JSON (<c>passages</c>), best first.</summary>
/// <param name="Doc">Document id.</param>
/// <param name="Section">Section path.</param>
/// <param name="Text">The passage text.</param>
/// <param name="Score">Retrieval score.</param>
public sealed record PassageResult(string Doc, string Section, string Text, double Score);
