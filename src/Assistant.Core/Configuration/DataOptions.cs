using System.ComponentModel.DataAnnotations;

namespace Assistant.Core.Configuration;

/// <summary>Where SQLite files, trained models and caches go (<c>Data</c> section); git-ignored.</summary>
public sealed class DataOptions
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Data";

    /// <summary>The data folder; relative to the repository root.</summary>
    [Required]
    public string Directory { get; set; } = "data";

    /// <summary>The absolute data folder, created on first use (owner only, see <see cref="PrivateFiles"/>).</summary>
    public string FullPath
    {
        get
        {
            var path = RepositoryPaths.Resolve(Directory);
            PrivateFiles.CreateDirectory(path);
            return path;
        }
    }
}
