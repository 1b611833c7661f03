using Assistant.Core.Configuration;
using Assistant.Core.JsonLines;
using Assistant.Core.Monitoring;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Assistant.Monitoring.KnownClaims;

/// <summary>
/// The judged claims of the repository file (<c>Monitoring:KnownClaims:Path</c>), read once. A malformed line is
/// logged with its number and skipped; a missing file gives no claims.
/// </summary>
public sealed class FileKnownClaimSource(IOptions<KnownClaimOptions> options, ILogger<FileKnownClaimSource> logger) : IKnownClaimSource
{
    private readonly Lazy<Task<IReadOnlyList<KnownClaim>>> claims = new(() => ReadAsync(RepositoryPaths.Resolve(options.Value.Path), logger));

    /// <inheritdoc />
    public Task<IReadOnlyList<KnownClaim>> GetClaimsAsync(CancellationToken cancellationToken = default) => claims.Value.WaitAsync(cancellationToken);

    private static async Task<IReadOnlyList<KnownClaim>> ReadAsync(string path, ILogger logger)
    {
        if (!File.Exists(path))
        {
            logger.LogWarning("No known claims file at {Path}", path);
            return [];
        }

        var claims = new List<KnownClaim>();
        await foreach (var line in JsonLinesReader.ReadFileAsync<Line>(path).ConfigureAwait(false))
        {
            var problem = line.HasItem ? Check(line.Item) : line.Error;
            if (problem is null)
            {
                claims.Add(new KnownClaim(line.Item!.Id!, line.Item.Text!, line.Item.Verdict!, line.Item.Note));
            }
            else
            {
                logger.LogWarning("Skipped {Path} line {LineNumber}: {Message}", path, line.Number, problem);
            }
        }

        return claims;
    }

    private static string? Check(Line line) =>
        string.IsNullOrWhiteSpace(line.Id) || string.IsNullOrWhiteSpace(line.Text) || string.IsNullOrWhiteSpace(line.Verdict)
            ? "id, text and verdict are required"
            : null;

    private sealed record Line(string? Id, string? Text, string? Verdict, string? Note);
}
