using Assistant.Core.Configuration;

namespace Assistant.Retrieval.Corpus.Readers;

/// <summary>
/// Reads one kind of document file (Markdown, DOCX, PDF, HTML…) into text plus whatever metadata the file carries.
/// Readers are registered as a list; the corpus loader and the corpus watcher take every file some reader accepts, so
/// adding a format is adding a reader and its registration.
/// </summary>
public interface IDocumentReader
{
    /// <summary>The file extensions read, lower case with the dot (".pdf").</summary>
    IReadOnlyList<string> Extensions { get; }

    /// <summary>The media types read ("application/pdf"), for uploads.</summary>
    IReadOnlyList<string> MediaTypes { get; }

    /// <summary>Reads <paramref name="filePath"/> within <paramref name="limits"/>; throws <see cref="CorpusFormatException"/> naming the file when it cannot.</summary>
    DocumentContent Read(string filePath, CorpusOptions limits);
}
