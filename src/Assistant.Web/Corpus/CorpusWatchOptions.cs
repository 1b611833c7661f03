using System.ComponentModel.DataAnnotations;

namespace Assistant.Web.Corpus;

/// <summary>Reloading the index when files change in <c>corpus/documents</c> (<c>CorpusWatch</c> section).</summary>
public sealed class CorpusWatchOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "CorpusWatch";

    /// <summary>Watches the documents folder and rebuilds the index on change.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Quiet time after the last change before the rebuild starts, so a copy of many files rebuilds once.</summary>
    [Range(10, 600_000)]
    public int DebounceMilliseconds { get; set; } = 1_000;
}
