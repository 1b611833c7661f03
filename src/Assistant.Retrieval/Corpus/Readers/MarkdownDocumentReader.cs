using System.Text;
using Assistant.Core.Configuration;
using Assistant.Retrieval.Corpus.Metadata;

namespace Assistant.Retrieval.Corpus.Readers;

/// <summary>Reads a .md/.txt file: a hand-written metadata header (<see cref="MetadataHeader"/>), then the original text byte for byte.</summary>
public sealed class MarkdownDocumentReader : IDocumentReader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <inheritdoc />
    public IReadOnlyList<string> Extensions { get; } = [".md", ".txt"];

    /// <inheritdoc />
    public IReadOnlyList<string> MediaTypes { get; } = ["text/markdown", "text/plain"];

    /// <inheritdoc />
    public DocumentContent Read(string filePath, CorpusOptions limits)
    {
        try
        {
            var (info, body) = MetadataHeader.Read(filePath, File.ReadAllText(filePath, StrictUtf8));
            return new DocumentContent(body, DocumentMetadata.From(info)) { MetadataIsComplete = true };
        }
        catch (DecoderFallbackException exception)
        {
            throw new CorpusFormatException(filePath, "the file is not valid UTF-8 text", exception, "Tệp không phải văn bản UTF-8 hợp lệ.");
        }
    }
}
