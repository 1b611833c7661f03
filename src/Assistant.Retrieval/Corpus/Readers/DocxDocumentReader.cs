using System.IO.Compression;
using System.Text;
using Assistant.Core.Configuration;
using Assistant.Retrieval.Corpus.Metadata;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Assistant.Retrieval.Corpus.Readers;

/// <summary>
/// Reads a .docx file: its text (one paragraph per line, paragraphs separated by a blank line, line breaks inside a
/// paragraph kept) and the metadata of its core properties: title from Title, kind from Category when it is a slug.
/// A package whose parts unzip over <see cref="CorpusOptions.MaxUnzippedBytes"/> (a zip bomb) is refused before anything is inflated.
/// </summary>
public sealed class DocxDocumentReader : IDocumentReader
{
    /// <inheritdoc />
    public IReadOnlyList<string> Extensions { get; } = [".docx"];

    /// <inheritdoc />
    public IReadOnlyList<string> MediaTypes { get; } = ["application/vnd.openxmlformats-officedocument.wordprocessingml.document"];

    /// <inheritdoc />
    public DocumentContent Read(string filePath, CorpusOptions limits)
    {
        try
        {
            var unzipped = UnzippedBytes(filePath);
            if (unzipped > limits.MaxUnzippedBytes)
            {
                throw new CorpusFormatException(filePath, $"the .docx unzips to {unzipped} bytes, over Corpus:MaxUnzippedBytes ({limits.MaxUnzippedBytes})",
                    userMessage: $"Tệp Word giải nén ra {unzipped / 1_048_576} MB, vượt giới hạn {limits.MaxUnzippedBytes / 1_048_576} MB; tệp có thể bị lỗi hoặc độc hại.");
            }

            return ReadPackage(filePath);
        }
        catch (Exception exception) when (exception is InvalidDataException or OpenXmlPackageException or System.Xml.XmlException or FormatException)
        {
            throw new CorpusFormatException(filePath, $"the file cannot be read: {exception.Message}", exception, "Tệp Word bị hỏng hoặc không đúng định dạng .docx.");
        }
    }

    private static DocumentContent ReadPackage(string filePath)
    {
        using var document = WordprocessingDocument.Open(filePath, isEditable: false);
        var body = document.MainDocumentPart?.Document?.Body
            ?? throw new CorpusFormatException(filePath, "the .docx file has no document body", userMessage: "Tệp Word không có nội dung.");
        var text = string.Join("\n\n", body.Descendants<Paragraph>().Select(TextOf).Where(t => t.Trim().Length > 0));
        var properties = document.PackageProperties;
        var metadata = new DocumentMetadata
        {
            Title = string.IsNullOrWhiteSpace(properties.Title) ? null : properties.Title.Trim(),
            Kind = properties.Category?.Trim() is { } category && DocumentSlug.IsValid(category) ? category : null,
        };
        return new DocumentContent(text, metadata);
    }

    /// <summary>The declared uncompressed size of every part of the package, read from the zip directory without inflating anything.</summary>
    private static long UnzippedBytes(string filePath)
    {
        using var zip = ZipFile.OpenRead(filePath);
        return zip.Entries.Sum(entry => entry.Length);
    }

    private static string TextOf(Paragraph paragraph)
    {
        var builder = new StringBuilder();
        foreach (var element in paragraph.Descendants())
        {
            switch (element)
            {
                case Text text:
                    builder.Append(text.Text);
                    break;
                case TabChar:
                    builder.Append(' ');
                    break;
                case Break or CarriageReturn:
                    builder.Append('\n');
                    break;
                case NoBreakHyphen:
                    builder.Append('-');
                    break;
            }
        }

        return builder.ToString();
    }
}
