namespace Assistant.Web.Health;

/// <summary>Builds the index in the background at start, so the server listens at once and <c>/readyz</c> says when it can answer.</summary>
public sealed class IndexWarmup(IndexStatus status, ILogger<IndexWarmup> logger) : BackgroundService
{
    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        try
        {
            status.WarmUp();
            logger.LogInformation("Index ready: {DocumentCount} documents, version {Version}", status.DocumentCount, status.Version);
        }
        catch (Exception ex) when (ex is IOException or InvalidDataException or InvalidOperationException or UnauthorizedAccessException)
        {
            logger.LogError(ex, "The index could not be loaded; /readyz stays unready");
        }
    }
}
