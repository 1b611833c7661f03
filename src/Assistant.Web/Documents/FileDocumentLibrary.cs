using System.Text.RegularExpressions;
using Assistant.Core.Configuration;
using Assistant.Core.Retrieval;
using Assistant.Retrieval.Corpus;
using Assistant.Retrieval.Corpus.Metadata;
using Microsoft.Extensions.Options;

namespace Assistant.Web.Documents;

/// <summary>
/// The library on the file system: published documents are the files of <c>Corpus:Directory</c>/documents (with their
/// <c>name.meta.json</c> sidecars of confirmed values); drafts, unpublished and superseded files live under
/// <c>Data:Directory</c>/documents. Publishing moves files, then rebuilds the index aside and swaps it in, as the
/// corpus watcher does. One change at a time.
/// </summary>
public sealed partial class FileDocumentLibrary(
    CorpusLoader loader,
    IReloadableIndex index,
    IOptions<CorpusOptions> corpus,
    IOptions<DataOptions> data,
    TimeProvider time,
    ILogger<FileDocumentLibrary> logger) : IDocumentLibrary
{
    private readonly SemaphoreSlim changes = new(1, 1);

    private string Published => corpus.Value.DocumentsPath;

    private string Root => Path.Combine(data.Value.FullPath, "documents");

    /// <inheritdoc />
    public IReadOnlyList<LibraryEntry> List() =>
        [.. Entries(Published, LibraryState.Published), .. Entries(Folder(LibraryState.Unpublished), LibraryState.Unpublished), .. Entries(Folder(LibraryState.Superseded), LibraryState.Superseded)];

    /// <inheritdoc />
    public async Task<string> UploadAsync(string fileName, Stream content, CancellationToken cancellationToken)
    {
        var name = Path.GetFileName(fileName);
        var extension = Path.GetExtension(name).ToLowerInvariant();
        if (!loader.IsDocument("x" + extension))
        {
            throw new DocumentLibraryException($"Chưa hỗ trợ tệp \"{extension}\"; hãy tải lên tệp {string.Join(", ", loader.Extensions)}.", StatusCodes.Status415UnsupportedMediaType);
        }

        var token = Guid.NewGuid().ToString("N");
        var folder = Directory.CreateDirectory(Path.Combine(Folder(LibraryState.Draft), token)).FullName;
        var path = Path.Combine(folder, DocumentSlug.FromFileName(name) is { Length: > 0 } slug && DocumentSlug.IsValid(slug) ? slug + extension : "van-ban" + extension);
        await using (var file = File.Create(path))
        {
            await CopyWithinLimitAsync(content, file, path, cancellationToken);
        }

        logger.LogInformation("Document uploaded as draft {Token}: {FileName}", token, Path.GetFileName(path));
        return token;
    }

    /// <inheritdoc />
    public LibraryEntry Draft(string token) => Read(DraftFile(token), LibraryState.Draft);

    /// <inheritdoc />
    public void Correct(string token, DocumentMetadata corrections)
    {
        var path = DraftFile(token);
        MetadataSidecar.Write(path, corrections with { Id = MetadataSidecar.Read(path).Id });
    }

    /// <inheritdoc />
    public async Task PublishAsync(string token, string? replaces, CancellationToken cancellationToken)
    {
        await changes.WaitAsync(cancellationToken);
        try
        {
            var path = DraftFile(token);
            var previous = replaces is null ? null : Entries(Published, LibraryState.Published).FirstOrDefault(e => e.Document?.Info.Id == replaces)
                ?? throw new DocumentLibraryException("Không tìm thấy văn bản đang công bố cần thay thế.", StatusCodes.Status404NotFound);
            if (previous is not null)
            {
                MetadataSidecar.Write(path, new DocumentMetadata { Id = replaces }.Over(MetadataSidecar.Read(path)));
            }

            var draft = Read(path, LibraryState.Draft);
            var id = draft.Document?.Info.Id ?? throw new DocumentLibraryException(draft.Error ?? "Không đọc được tệp.");
            if (previous is null && Entries(Published, LibraryState.Published).Any(e => e.Document?.Info.Id == id))
            {
                throw new DocumentLibraryException($"Đã có văn bản mã \"{id}\" đang công bố; hãy chọn thay thế văn bản đó.", StatusCodes.Status409Conflict);
            }

            if (previous is not null)
            {
                Move(Path.Combine(Published, previous.FileName), Folder(LibraryState.Superseded), $"{time.GetUtcNow():yyyyMMddHHmmss}-");
            }

            Move(path, Published, string.Empty);
            Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
            logger.LogInformation("Document {DocId} published from {FileName}{Replacing}", id, Path.GetFileName(path), previous is null ? "" : $", superseding {previous.FileName}");
            await index.ReloadAsync(cancellationToken);
        }
        finally
        {
            changes.Release();
        }
    }

    /// <inheritdoc />
    public async Task UnpublishAsync(string id, CancellationToken cancellationToken)
    {
        await changes.WaitAsync(cancellationToken);
        try
        {
            var entry = Entries(Published, LibraryState.Published).FirstOrDefault(e => e.Document?.Info.Id == id)
                ?? throw new DocumentLibraryException("Không tìm thấy văn bản đang công bố này.", StatusCodes.Status404NotFound);
            Move(Path.Combine(Published, entry.FileName), Folder(LibraryState.Unpublished), string.Empty);
            logger.LogInformation("Document {DocId} unpublished ({FileName})", id, entry.FileName);
            await index.ReloadAsync(cancellationToken);
        }
        finally
        {
            changes.Release();
        }
    }

    /// <inheritdoc />
    public async Task RepublishAsync(string fileName, CancellationToken cancellationToken)
    {
        await changes.WaitAsync(cancellationToken);
        try
        {
            var entry = Entries(Folder(LibraryState.Unpublished), LibraryState.Unpublished).FirstOrDefault(e => e.FileName == fileName)
                ?? throw new DocumentLibraryException("Không tìm thấy tệp đã gỡ này.", StatusCodes.Status404NotFound);
            if (entry.Document is { } document && Entries(Published, LibraryState.Published).Any(e => e.Document?.Info.Id == document.Info.Id))
            {
                throw new DocumentLibraryException($"Đã có văn bản mã \"{document.Info.Id}\" đang công bố.", StatusCodes.Status409Conflict);
            }

            Move(Path.Combine(Folder(LibraryState.Unpublished), fileName), Published, string.Empty);
            logger.LogInformation("Document file {FileName} published again", fileName);
            await index.ReloadAsync(cancellationToken);
        }
        finally
        {
            changes.Release();
        }
    }

    private async Task CopyWithinLimitAsync(Stream content, Stream file, string path, CancellationToken cancellationToken)
    {
        var limit = corpus.Value.MaxFileBytes;
        var buffer = new byte[81920];
        long total = 0;
        int read;
        while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
        {
            total += read;
            if (total > limit)
            {
                await file.DisposeAsync();
                Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
                logger.LogWarning("Upload {FileName} refused: over Corpus:MaxFileBytes ({Limit})", Path.GetFileName(path), limit);
                throw new DocumentLibraryException($"Tệp vượt giới hạn {limit / 1_048_576} MB.", StatusCodes.Status413PayloadTooLarge);
            }

            await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
        }
    }

    private IEnumerable<LibraryEntry> Entries(string folder, LibraryState state) =>
        Directory.Exists(folder)
            ? Directory.EnumerateFiles(folder).Where(loader.IsDocument).Order(StringComparer.Ordinal).Select(path => Read(path, state)).ToList()
            : [];

    private LibraryEntry Read(string path, LibraryState state)
    {
        try
        {
            return new LibraryEntry(Path.GetFileName(path), state, loader.LoadFile(path), null);
        }
        catch (CorpusFormatException exception)
        {
            logger.LogWarning("Document file {FilePath} cannot be read: {Problem}", exception.FilePath, exception.Problem);
            return new LibraryEntry(Path.GetFileName(path), state, null, exception.UserMessage);
        }
    }

    private string DraftFile(string token)
    {
        var folder = Path.Combine(Folder(LibraryState.Draft), Token().IsMatch(token) ? token : throw Missing());
        return Directory.Exists(folder) && Directory.EnumerateFiles(folder).FirstOrDefault(loader.IsDocument) is { } file ? file : throw Missing();

        static DocumentLibraryException Missing() => new("Không tìm thấy bản nháp này (có thể đã được công bố).", StatusCodes.Status404NotFound);
    }

    private string Folder(LibraryState state) => Path.Combine(Root, state.ToString().ToLowerInvariant());

    /// <summary>Moves a document file and its sidecar into <paramref name="folder"/>, its name prefixed by <paramref name="prefix"/>.</summary>
    private static void Move(string path, string folder, string prefix)
    {
        Directory.CreateDirectory(folder);
        var target = Path.Combine(folder, prefix + Path.GetFileName(path));
        if (File.Exists(target))
        {
            throw new DocumentLibraryException($"Đã có tệp tên \"{Path.GetFileName(target)}\"; hãy đổi tên tệp rồi tải lên lại.", StatusCodes.Status409Conflict);
        }

        var sidecar = MetadataSidecar.PathOf(path);
        if (File.Exists(sidecar))
        {
            File.Move(sidecar, MetadataSidecar.PathOf(target));
        }

        File.Move(path, target);
    }

    [GeneratedRegex("^[0-9a-f]{32}$")]
    private static partial Regex Token();
}
