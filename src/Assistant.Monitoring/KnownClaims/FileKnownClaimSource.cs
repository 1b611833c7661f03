using System.Text.Json;
using Assistant.Core.Configuration;
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
        var lineNumber = 0;
        foreach (var line in await File.ReadAllLinesAsync(path).ConfigureAwait(false))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                using var document = JsonDocument.Parse(line);
                var root = document.RootElement;
                var id = root.GetProperty("id").GetString();
                var text = root.GetProperty("text").GetString();
                var verdict = root.GetProperty("verdict").GetString();
                var note = root.TryGetProperty("note", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString() : null;
                if (string.IsNullOrWhiteSpace(id) || string.IsNullOrWhiteSpace(text) || string.IsNullOrWhiteSpace(verdict))
                {
                    throw new InvalidDataException("id, text and verdict are required");
                }

                claims.Add(new KnownClaim(id, text, verdict, note));
            }
            catch (Exception exception) when (exception is JsonException or KeyNotFoundException or InvalidOperationException or InvalidDataException)
            {
                logger.LogWarning("Skipped {Path} line {LineNumber}: {Message}", path, lineNumber, exception.Message);
            }
        }

        return claims;
    }
}
