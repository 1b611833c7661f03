namespace Assistant.Core.Monitoring;

/// <summary>An official passage the claim check used (Scored post JSON <c>passages</c>).</summary>
/// <param name="Doc">Document id.</param>
/// <param name="Section">Section path.</param>
/// <param name="Text">Passage text.</param>
public sealed record OfficialPassage(string Doc, string Section, string Text);
