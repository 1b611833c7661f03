using Assistant.Core.Configuration;
using Assistant.Core.Documents;
using Assistant.Core.Provinces;
using Assistant.Retrieval.Corpus.Metadata;
using Assistant.Retrieval.Corpus.Readers;
using Assistant.Retrieval.Parsing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Assistant.Retrieval.Corpus;

/// <summary>
/// Loads the documents folder: every file a registered <see cref="IDocumentReader"/> takes, directly in it, parsed into
/// passages. Metadata comes, first wins, from the file's sidecar of confirmed values (<see cref="MetadataSidecar"/>), the
/// file itself (a .md header, core properties, a PDF title), then what the text prints (<see cref="TextMetadataReader"/>);
/// the id defaults to the file name. Nothing here names a particular document: adding a document is dropping a file.
/// Hidden files and Word lock files ("~$…") are skipped. A file over the limits of <see cref="CorpusOptions"/> is refused
/// before it costs more.
/// </summary>
public sealed class CorpusLoader(IEnumerable<IDocumentReader> readers, TextMetadataReader textMetadata, IOptions<CorpusOptions> options)
{
    private readonly IReadOnlyList<IDocumentReader> readers = readers.ToList();

    /// <summary>The extensions some reader takes, lower case.</summary>
    public IReadOnlyList<string> Extensions => readers.SelectMany(r => r.Extensions).Distinct().ToList();

    /// <summary>A loader with the built-in readers and <paramref name="limits"/>, for tools and tests without a host.</summary>
    public static CorpusLoader Create(CorpusOptions limits) =>
        new ServiceCollection()
            .AddSingleton(Options.Create(limits))
            .AddSingleton(ProvinceDirectory.Load(limits.ProvincesPath))
            .AddCorpusLoading()
            .BuildServiceProvider()
            .GetRequiredService<CorpusLoader>();

    /// <summary>Loads every document within the default limits; throws <see cref="CorpusFormatException"/> for the first file that fails.</summary>
    public static IReadOnlyList<ParsedDocument> Load(string documentsDirectory)
    {
        var result = Create(new CorpusOptions()).LoadAll(documentsDirectory);
        if (result.Errors.Count > 0)
        {
            var first = result.Errors[0];
            var others = result.Errors.Count > 1 ? $" ({result.Errors.Count - 1} more file(s) failed too)" : string.Empty;
            throw new CorpusFormatException(first.FilePath, first.Problem + others);
        }

        return result.Documents;
    }

    /// <summary>Loads every document of <paramref name="documentsDirectory"/> within <paramref name="limits"/> with the built-in readers.</summary>
    public static CorpusLoadResult LoadAll(string documentsDirectory, CorpusOptions limits) => Create(limits).LoadAll(documentsDirectory);

    /// <summary>True when <paramref name="path"/> is a document some reader takes (not hidden, not a lock file).</summary>
    public bool IsDocument(string path) =>
        ReaderFor(path) is not null && Path.GetFileName(path) is var name && !name.StartsWith('.') && !name.StartsWith("~$", StringComparison.Ordinal);

    /// <summary>True when a change to <paramref name="path"/> changes the corpus: a document or a metadata sidecar.</summary>
    public bool IsCorpusFile(string path) => IsDocument(path) || path.EndsWith(MetadataSidecar.Suffix, StringComparison.OrdinalIgnoreCase);

    /// <summary>Loads every document it can and collects the files that fail, so the caller can go on without them.</summary>
    public CorpusLoadResult LoadAll(string documentsDirectory)
    {
        if (!Directory.Exists(documentsDirectory))
        {
            throw new DirectoryNotFoundException($"The documents folder {documentsDirectory} does not exist.");
        }

        var documents = new List<ParsedDocument>();
        var errors = new List<CorpusLoadError>();
        var owners = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in Directory.EnumerateFiles(documentsDirectory).Where(IsDocument).Order(StringComparer.Ordinal))
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
                errors.Add(new CorpusLoadError(exception.FilePath, exception.Problem) { UserMessage = exception.UserMessage });
            }
        }

        return new CorpusLoadResult(documents, errors);
    }

    /// <summary>Loads and parses one file; throws <see cref="CorpusFormatException"/> naming it (with a Vietnamese message for staff) when it cannot.</summary>
    public ParsedDocument LoadFile(string filePath)
    {
        var limits = options.Value;
        var content = Read(filePath, limits);
        if (content.Text.Trim().Length == 0)
        {
            throw new CorpusFormatException(filePath, "the document has no text", userMessage: "Tệp không có chữ nào đọc được.");
        }

        var metadata = MetadataSidecar.Read(filePath).Over(content.Metadata);
        var id = metadata.Id ?? DocumentSlug.FromFileName(filePath);
        if (!DocumentSlug.IsValid(id))
        {
            throw new CorpusFormatException(filePath, "the file name gives no usable id; name the file with letters or digits",
                userMessage: "Tên tệp không tạo được mã văn bản; hãy đặt tên tệp bằng chữ hoặc số.");
        }

        var passages = DocumentParser.ParsePassages(id, content.Text);
        if (passages.Count > limits.MaxPassagesPerDocument)
        {
            throw new CorpusFormatException(filePath, $"the document gives {passages.Count} passages, over Corpus:MaxPassagesPerDocument ({limits.MaxPassagesPerDocument})",
                userMessage: $"Văn bản tách ra {passages.Count} đoạn, vượt giới hạn {limits.MaxPassagesPerDocument} đoạn.");
        }

        if (!content.MetadataIsComplete)
        {
            metadata = metadata.Over(textMetadata.Read(content.Text, passages));
        }

        var info = (metadata with { Id = id, Title = string.IsNullOrWhiteSpace(metadata.Title) ? Path.GetFileNameWithoutExtension(filePath) : metadata.Title }).ToInfo(filePath) with { FromScan = content.FromScan };
        return new ParsedDocument(info, content.Text, passages);
    }

    private DocumentContent Read(string filePath, CorpusOptions limits)
    {
        var reader = ReaderFor(filePath)
            ?? throw new CorpusFormatException(filePath, $"no reader takes {Path.GetExtension(filePath)} files",
                userMessage: $"Chưa hỗ trợ tệp {Path.GetExtension(filePath)}; hãy dùng {string.Join(", ", Extensions)}.");
        try
        {
            var length = new FileInfo(filePath).Length;
            return length > limits.MaxFileBytes
                ? throw new CorpusFormatException(filePath, $"the file is {length} bytes, over Corpus:MaxFileBytes ({limits.MaxFileBytes})",
                    userMessage: $"Tệp nặng {Megabytes(length)} MB, vượt giới hạn {Megabytes(limits.MaxFileBytes)} MB.")
                : reader.Read(filePath, limits);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new CorpusFormatException(filePath, $"the file cannot be read: {exception.Message}", exception, "Không mở được tệp.");
        }
    }

    private static string Megabytes(long bytes) => (bytes / 1_048_576.0).ToString("0.#", System.Globalization.CultureInfo.GetCultureInfo("vi-VN"));

    private IDocumentReader? ReaderFor(string path)
    {
        var extension = Path.GetExtension(path);
        return readers.FirstOrDefault(r => r.Extensions.Contains(extension, StringComparer.OrdinalIgnoreCase));
    }
}
