using System.ComponentModel.DataAnnotations;

namespace Assistant.Core.Configuration;

/// <summary>Where the official documents and the province list live (<c>Corpus</c> section).</summary>
public sealed class CorpusOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Corpus";

    /// <summary>Folder holding <c>documents/</c>, <c>posts/</c>, <c>lexicon/</c> and <c>provinces.json</c>; relative to the repository root.</summary>
    [Required]
    public string Directory { get; set; } = "corpus";

    /// <summary>Largest document file read, in bytes (the biggest plan is about 27 KB); a larger file is left out and logged.</summary>
    [Range(1024, 1L << 31)]
    public long MaxFileBytes { get; set; } = 4L * 1024 * 1024;

    /// <summary>Largest total a .docx may unzip to, in bytes (its parts' declared sizes); a larger one is left out and logged.</summary>
    [Range(1024, 1L << 32)]
    public long MaxUnzippedBytes { get; set; } = 16L * 1024 * 1024;

    /// <summary>Most pages a PDF may have (the longest plan has 12); a longer one is left out and logged.</summary>
    [Range(1, 100_000)]
    public int MaxPdfPages { get; set; } = 200;

    /// <summary>Most passages one document may give; a document with more is left out and logged.</summary>
    [Range(1, 1_000_000)]
    public int MaxPassagesPerDocument { get; set; } = 5000;

    /// <summary>The documents folder.</summary>
    public string DocumentsPath => Path.Combine(RepositoryPaths.Resolve(Directory), "documents");

    /// <summary>The province list.</summary>
    public string ProvincesPath => Path.Combine(RepositoryPaths.Resolve(Directory), "provinces.json");

    /// <summary>The question-understanding word lists (<c>lexicon/</c>: chat words, thesaurus, small talk, English glossary).</summary>
    public string LexiconPath => Path.Combine(RepositoryPaths.Resolve(Directory), "lexicon");

    /// <summary>The labelled posts folder.</summary>
    public string PostsPath => Path.Combine(RepositoryPaths.Resolve(Directory), "posts");
}
