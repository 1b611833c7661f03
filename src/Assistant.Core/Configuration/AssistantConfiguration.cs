using Microsoft.Extensions.Configuration;

namespace Assistant.Core.Configuration;

/// <summary>
/// The one way both hosts (web and command line) read their settings: the repository root's <c>appsettings.json</c>
/// (optional), then environment variables (<c>Data__Directory=…</c>), then the command line (<c>--Data:Directory=…</c>).
/// </summary>
public static class AssistantConfiguration
{
    /// <summary>File name of the settings file at the repository root.</summary>
    public const string FileName = "appsettings.json";

    /// <summary>The settings file both hosts read.</summary>
    public static string FilePath => Path.Combine(RepositoryPaths.Root, FileName);

    /// <summary>Adds the sources in their order; a later source wins.</summary>
    /// <param name="builder">The configuration to add to.</param>
    /// <param name="args">Command-line overrides, e.g. <c>--Data:Directory=/srv/nq71</c>.</param>
    public static IConfigurationBuilder AddAssistantSources(this IConfigurationBuilder builder, string[] args)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder
            .AddJsonFile(FilePath, optional: true, reloadOnChange: false)
            .AddEnvironmentVariables()
            .AddCommandLine(args);
    }
}
