using Assistant.Core.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Assistant.Monitoring.Intake;

/// <summary>
/// Clears the authors of posts older than <c>Retention:PostDays</c>, every <c>Monitoring:Intake:PollSeconds</c>, on the
/// one node leading <see cref="LeaderName"/>.
/// </summary>
public sealed class PostRetentionSweeper(
    IPostStore store,
    LeaderRunner leader,
    IOptions<IntakeOptions> options,
    IOptions<PostRetentionOptions> retention,
    TimeProvider time,
    ILogger<PostRetentionSweeper> logger) : BackgroundService
{
    /// <summary>The leadership the sweeping node holds.</summary>
    public const string LeaderName = "post-retention";

    /// <inheritdoc />
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => leader.RunAsync(LeaderName, SweepForeverAsync, stoppingToken);

    private async Task SweepForeverAsync(CancellationToken stoppingToken)
    {
        var poll = TimeSpan.FromSeconds(options.Value.PollSeconds);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var cleared = await store.ClearAuthorsAsync(time.GetUtcNow().AddDays(-retention.Value.PostDays), stoppingToken).ConfigureAwait(false);
                if (cleared > 0)
                {
                    logger.LogInformation("Cleared the author of {Count} posts past retention", cleared);
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogError(exception, "Clearing authors past retention failed; retrying in {PollSeconds} s", options.Value.PollSeconds);
            }

            await Task.Delay(poll, time, stoppingToken).ConfigureAwait(false);
        }
    }
}
