namespace Assistant.Core.Monitoring;

/// <summary>An official passage a scored post was checked against.</summary>
/// <param name="Doc">Document id.</param>
/// <param name="Section">Section path.</param>
/// <param name="Text">The passage text.</param>
public sealed record ScoredPostPassage(string Doc, string Section, string Text);
