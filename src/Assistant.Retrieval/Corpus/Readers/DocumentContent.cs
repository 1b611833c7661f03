using Assistant.Retrieval.Corpus.Metadata;

namespace Assistant.Retrieval.Corpus.Readers;

/// <summary>What a reader got from a file: its text (paragraphs separated by blank lines) and the metadata the file carries.</summary>
/// <param name="Text">The document text, for the parser.</param>
/// <param name="Metadata">Metadata the file itself gives (a header, core properties, a PDF's or page's title).</param>
public sealed record DocumentContent(string Text, DocumentMetadata Metadata)
{
    /// <summary>True when the metadata is complete and authoritative (a hand-written header): nothing is read from the text.</summary>
    public bool MetadataIsComplete { get; init; }

    /// <summary>True when the text was read from page images by OCR, so answers can say it came from a scan.</summary>
    public bool FromScan { get; init; }
}
