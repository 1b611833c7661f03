namespace Assistant.Core.Official;

/// <summary>A corpus passage an official answer cites, kept with the title and text that were approved.</summary>
/// <param name="Doc">Document id.</param>
/// <param name="Section">Section path.</param>
/// <param name="Title">Document title.</param>
/// <param name="Text">The passage text.</param>
public sealed record OfficialCitation(string Doc, string Section, string Title, string Text);
