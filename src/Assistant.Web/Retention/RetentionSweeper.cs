using Assistant.Web.Storage;
using Microsoft.Extensions.Options;

namespace Assistant.Web.Retention;

/// <summary>
/// Deletes recorded conversations older than <c>Retention:ConversationDays</c>, and the least recently active beyond
/// <c>Retention:MaxConversations</c>, at start and then periodically.
/// </summary>
public sealed class RetentionSweeper(ConversationStore store, IOptions<RetentionOptions> options, TimeProvider time, ILogger<RetentionSweeper> logger) : BackgroundService
{
    /// <summary>Deletes what is past retention now; returns how many conversations went.</summary>
    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        var cutoff = time.GetUtcNow() - TimeSpan.FromDays(options.Value.ConversationDays);
        if (await store.LastActiveAtRankAsync(options.Value.MaxConversations, cancellationToken) is { } overflow && overflow >= cutoff)
        {
            cutoff = overflow.AddMilliseconds(1);
        }

        var deleted = await store.DeleteInactiveSinceAsync(cutoff, cancellationToken);
        if (deleted > 0)
        {
            logger.LogInformation("Deleted {Count} conversations inactive since {Cutoff:O}", deleted, cutoff);
        }

        return deleted;
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMinutes(options.Value.SweepIntervalMinutes), time);
        do
        {
            try
            {
                await SweepAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is Microsoft.Data.Sqlite.SqliteException or IOException)
            {
                logger.LogError(ex, "Retention sweep failed; it runs again at the next interval");
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }
}
