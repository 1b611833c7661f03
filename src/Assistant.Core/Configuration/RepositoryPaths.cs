namespace Assistant.Core.Configuration;

/// <summary>
/// Resolves configured relative paths from the repository root (the folder holding Assistant.sln, found upward
/// from the current folder, then from the program's folder), so the CLI and the web host share one data folder.
/// </summary>
public static class RepositoryPaths
{
    private const string SolutionFile = "Assistant.sln";

    /// <summary>The repository root, or the current folder when no Assistant.sln is found above it.</summary>
    public static string Root { get; } = FindRoot();

    /// <summary>An absolute path for a configured one: absolute paths stay, relative ones hang from <see cref="Root"/>.</summary>
    public static string Resolve(string path) => Path.IsPathRooted(path) ? path : Path.GetFullPath(Path.Combine(Root, path));

    private static string FindRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, SolutionFile)))
                {
                    return dir.FullName;
                }
            }
        }

        return Directory.GetCurrentDirectory();
    }
}
