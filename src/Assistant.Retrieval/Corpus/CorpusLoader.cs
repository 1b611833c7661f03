using System.Text;
using Assistant.Core.Documents;
using Assistant.Retrieval.Parsing;

namespace Assistant.Retrieval.Corpus;

/// <summary>
/// Loads the documents folder: every .md/.txt file (metadata header, then the original text) and every .docx file
/// (text and core properties) directly in it, parsed into passages. Nothing here names a particular document:
/// adding a document is dropping a file. Hidden files and Word lock files ("~$…") are skipped.
/// </summary>
public static class CorpusLoader
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The extensions loaded, lower case.</summary>
    public static IReadOnlyList<string> Extensions { get; } = [".md", ".txt", ".docx"];

    /// <summary>Loads every document; throws <see cref="CorpusFormatException"/> for the first file that fails.</summary>
    public static IReadOnlyList<ParsedDocument> Load(string documentsDirectory)
    {
        var result = LoadAll(documentsDirectory);
        if (result.Errors.Count > 0)
        {
            var first = result.Errors[0];
            var others = result.Errors.Count > 1 ? $" ({result.Errors.Count - 1} more file(s) failed too)" : string.Empty;
            throw new CorpusFormatException(first.FilePath, first.Problem + others);
        }

        return result.Documents;
    }

    /// <summary>Loads every document it can and collects the files that fail, so the caller can go on without them.</summary>
    public static CorpusLoadResult LoadAll(string documentsDirectory)
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
                var document = LoadFile(path);
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

    /// <summary>Loads and parses one file; throws <see cref="CorpusFormatException"/> naming it when it cannot.</summary>
    public static ParsedDocument LoadFile(string filePath)
    {
        var (info, body) = Read(filePath);
        if (body.Trim().Length == 0)
        {
            throw new CorpusFormatException(filePath, "the document has no text");
        }

        return DocumentParser.Parse(info, body);
    }

    private static (DocumentInfo Info, string Body) Read(string filePath)
    {
        try
        {
            return Path.GetExtension(filePath).Equals(".docx", StringComparison.OrdinalIgnoreCase)
                ? DocxDocumentReader.Read(filePath)
                : MetadataHeader.Read(filePath, File.ReadAllText(filePath, StrictUtf8));
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

    private static IEnumerable<string> DocumentFiles(string directory) =>
        Directory.EnumerateFiles(directory)
            .Where(path => Extensions.Contains(Path.GetExtension(path).ToLowerInvariant()))
            .Where(path => Path.GetFileName(path) is var name && !name.StartsWith('.') && !name.StartsWith("~$", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);
}
