using System.ComponentModel.DataAnnotations;

namespace Assistant.Retrieval;

/// <summary>Where and how the passage index is kept (<c>Index</c> section).</summary>
public sealed class IndexOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Index";

    /// <summary>Keep the index on disk under <c>Data:Directory</c>, reused at the next start when the corpus is unchanged; false indexes in memory at every start.</summary>
    public bool Persist { get; set; } = true;

    /// <summary>The index folder, under <c>Data:Directory</c>.</summary>
    [Required]
    [RegularExpression(@"^[A-Za-z0-9._-]+$", ErrorMessage = "Index:Folder must be a plain folder name (letters, digits, '.', '_', '-').")]
    public string Folder { get; set; } = "index";

    /// <summary>Seconds to wait for the index folder's write lock held by another process before indexing in memory instead.</summary>
    [Range(0, 600)]
    public int WriteLockTimeoutSeconds { get; set; } = 10;
}
