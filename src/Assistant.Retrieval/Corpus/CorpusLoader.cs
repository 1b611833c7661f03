using System.IO.Compression;
using System.Text;
using Assistant.Core.Configuration;
using Assistant.Core.Documents;
using Assistant.Retrieval.Parsing;

namespace Assistant.Retrieval.Corpus;

/// <summary>
/// Loads the documents folder: every .md/.txt file (metadata header, then the original text) and every .docx file
/// (text and core properties) directly in it, parsed into passages. Nothing here names a particular document:
/// adding a document is dropping a file. Hidden files and Word lock files ("~$…") are skipped. A file over the limits of
/// <see cref="CorpusOptions"/> (file size, unzipped size of a .docx, passages) is refused before it costs more.
/// </summary>
public static class CorpusLoader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The extensions loaded, lower case.</summary>
    public static IReadOnlyList<string> Extensions { get; } = [".md", ".txt", ".docx"];

    /// <summary>Loads every document within the default limits; throws <see cref="CorpusFormatException"/> for the first file that fails.</summary>
    public static IReadOnlyList<ParsedDocument> Load(string documentsDirectory)
    {
        var result = LoadAll(documentsDirectory, new CorpusOptions());
        if (result.Errors.Count > 0)
        {
            var first = result.Errors[0];
            var others = result.Errors.Count > 1 ? $" ({result.Errors.Count - 1} more file(s) failed too)" : string.Empty;
            throw new CorpusFormatException(first.FilePath, first.Problem + others);
        }

        return result.Documents;
    }

    /// <summary>Loads every document it can within <paramref name="limits"/> and collects the files that fail, so the caller can go on without them.</summary>
    public static CorpusLoadResult LoadAll(string documentsDirectory, CorpusOptions limits)
    {
        if (!Directory.Exists(documentsDirectory))
        {
            throw new DirectoryNotFoundException($"The documents folder {documentsDirectory} does not exist.");
        }

        var documents = new List<ParsedDocument>();
        var errors = new List<CorpusLoadError>();
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in DocumentFiles(documentsDirectory))
        {
            try
            {
                var document = LoadFile(path, limits);
                if (owners.TryGetValue(document.Info.Id, out var owner))
                {
                    errors.Add(new CorpusLoadError(path, $"the id \"{document.Info.Id}\" is already used by {owner}"));
                    continue;
                }

                owners[document.Info.Id] = Path.GetFileName(path);
                documents.Add(document);
            }
            catch (CorpusFormatException exception)
            {
                errors.Add(new CorpusLoadError(exception.FilePath, exception.Problem));
            }
        }

        return new CorpusLoadResult(documents, errors);
    }

    /// <summary>Loads and parses one file within <paramref name="limits"/>; throws <see cref="CorpusFormatException"/> naming it when it cannot.</summary>
    public static ParsedDocument LoadFile(string filePath, CorpusOptions limits)
    {
        var (info, body) = Read(filePath, limits);
        if (body.Trim().Length == 0)
        {
            throw new CorpusFormatException(filePath, "the document has no text");
        }

        var document = DocumentParser.Parse(info, body);
        if (document.Passages.Count > limits.MaxPassagesPerDocument)
        {
            throw new CorpusFormatException(filePath, $"the document gives {document.Passages.Count} passages, over Corpus:MaxPassagesPerDocument ({limits.MaxPassagesPerDocument})");
        }

        return document;
    }

    private static (DocumentInfo Info, string Body) Read(string filePath, CorpusOptions limits)
    {
        try
        {
            var length = new FileInfo(filePath).Length;
            if (length > limits.MaxFileBytes)
            {
                throw new CorpusFormatException(filePath, $"the file is {length} bytes, over Corpus:MaxFileBytes ({limits.MaxFileBytes})");
            }

            if (!Path.GetExtension(filePath).Equals(".docx", StringComparison.OrdinalIgnoreCase))
            {
                return MetadataHeader.Read(filePath, File.ReadAllText(filePath, StrictUtf8));
            }

            var unzipped = UnzippedBytes(filePath);
            return unzipped > limits.MaxUnzippedBytes
                ? throw new CorpusFormatException(filePath, $"the .docx unzips to {unzipped} bytes, over Corpus:MaxUnzippedBytes ({limits.MaxUnzippedBytes})")
                : DocxDocumentReader.Read(filePath);
        }
        catch (DecoderFallbackException exception)
        {
            throw new CorpusFormatException(filePath, "the file is not valid UTF-8 text", exception);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or InvalidDataException or FormatException
            or DocumentFormat.OpenXml.Packaging.OpenXmlPackageException or System.Xml.XmlException)
        {
            throw new CorpusFormatException(filePath, $"the file cannot be read: {exception.Message}", exception);
        }
    }

    /// <summary>The declared uncompressed size of every part of the package, read from the zip directory without inflating anything.</summary>
    private static long UnzippedBytes(string filePath)
    {
        using var zip = ZipFile.OpenRead(filePath);
        return zip.Entries.Sum(entry => entry.Length);
    }

    private static IEnumerable<string> DocumentFiles(string directory) =>
        Directory.EnumerateFiles(directory)
            .Where(path => Extensions.Contains(Path.GetExtension(path).ToLowerInvariant()))
            .Where(path => Path.GetFileName(path) is var name && !name.StartsWith('.') && !name.StartsWith("~$", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);
}
