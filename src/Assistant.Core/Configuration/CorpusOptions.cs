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

    /// <summary>The documents folder.</summary>
    public string DocumentsPath => Path.Combine(RepositoryPaths.Resolve(Directory), "documents");

    /// <summary>The province list.</summary>
    public string ProvincesPath => Path.Combine(RepositoryPaths.Resolve(Directory), "provinces.json");

    /// <summary>The question-understanding word lists (<c>lexicon/</c>: chat words, thesaurus, small talk, English glossary).</summary>
    public string LexiconPath => Path.Combine(RepositoryPaths.Resolve(Directory), "lexicon");

    /// <summary>The labelled posts folder.</summary>
    public string PostsPath => Path.Combine(RepositoryPaths.Resolve(Directory), "posts");
}
