namespace Assistant.Core.Documents;

/// <summary>
/// One answerable unit of a document (a list item, a paragraph, the signature block), with the
/// section path used in citations ("III.4.a") and the headings above it.
/// </summary>
/// <param name="DocId">Id of the document it belongs to.</param>
/// <param name="Section">Section path, e.g. "III.4.a", "Điều 1", "Nơi nhận".</param>
/// <param name="Headings">Heading trail from the top of the document down to the passage.</param>
/// <param name="Text">The passage text, lines rejoined, Markdown emphasis removed.</param>
/// <param name="Ordinal">Position of the passage in its document, from 0.</param>
/// <param name="Kind">Which part of the document it comes from.</param>
public sealed record Passage(
    string DocId,
    string Section,
    IReadOnlyList<string> Headings,
    string Text,
    int Ordinal,
    PassageKind Kind);
