namespace Assistant.Review.Official;

/// <summary>A passage an official answer is to cite, named by document id and section path.</summary>
/// <param name="Doc">Document id.</param>
/// <param name="Section">Section path.</param>
public sealed record CitationRef(string? Doc, string? Section);
