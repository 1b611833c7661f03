using Assistant.Retrieval.Corpus.Metadata;

namespace Assistant.Web.Documents;

/// <summary>
/// The documents staff manage from <c>/admin/documents</c>: uploads checked as drafts, then published into the corpus
/// (the index rebuilt aside and swapped in), unpublished, or replaced by a new version (the old one kept as superseded,
/// never searched again). Errors are <see cref="DocumentLibraryException"/> with a Vietnamese message.
/// </summary>
public interface IDocumentLibrary
{
    /// <summary>Every file: published, unpublished and superseded ones (drafts are reached by their token).</summary>
    IReadOnlyList<LibraryEntry> List();

    /// <summary>Stores an upload as a draft and returns its token; refuses a type no reader takes or a file over the size limit.</summary>
    Task<string> UploadAsync(string fileName, Stream content, CancellationToken cancellationToken);

    /// <summary>The draft as it would be published: metadata and passages, or the reason it cannot be read.</summary>
    LibraryEntry Draft(string token);

    /// <summary>Records the draft's metadata as staff confirmed it (an empty value stands for "none", e.g. a national document).</summary>
    void Correct(string token, DocumentMetadata corrections);

    /// <summary>Publishes the draft; with <paramref name="replaces"/>, as the new version of that published document.</summary>
    Task PublishAsync(string token, string? replaces, CancellationToken cancellationToken);

    /// <summary>Takes the published document <paramref name="id"/> out of the corpus.</summary>
    Task UnpublishAsync(string id, CancellationToken cancellationToken);

    /// <summary>Publishes the unpublished file <paramref name="fileName"/> again.</summary>
    Task RepublishAsync(string fileName, CancellationToken cancellationToken);
}
