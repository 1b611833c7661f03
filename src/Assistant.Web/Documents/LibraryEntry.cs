using Assistant.Core.Documents;

namespace Assistant.Web.Documents;

/// <summary>One document file of the library, published or not.</summary>
/// <param name="FileName">The file's name in its folder.</param>
/// <param name="State">Where it is.</param>
/// <param name="Document">The parsed document, or null when it cannot be read.</param>
/// <param name="Error">Why it cannot be read, in Vietnamese, or null.</param>
public sealed record LibraryEntry(string FileName, LibraryState State, ParsedDocument? Document, string? Error);
