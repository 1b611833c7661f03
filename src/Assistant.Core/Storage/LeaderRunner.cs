using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Assistant.Core.Storage;

/// <summary>
/// Runs a singleton job only on the node holding its leadership: tries every <c>Storage:LeaderRetrySeconds</c>, runs the
/// job while leader, and stops it when the leadership is lost, so another node takes over.
/// </summary>
public sealed class LeaderRunner(ILeaderElection election, IOptions<StorageOptions> options, TimeProvider time, ILogger<LeaderRunner> logger)
{
    /// <summary>Runs <paramref name="job"/> (given a token cancelled on stop or on lost leadership) whenever this node leads <paramref name="name"/>.</summary>
    public async Task RunAsync(string name, Func<CancellationToken, Task> job, CancellationToken stoppingToken)
    {
        var retry = TimeSpan.FromSeconds(options.Value.LeaderRetrySeconds);
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await LeadOnceAsync(name, job, stoppingToken).ConfigureAwait(false);
                await Task.Delay(retry, time, stoppingToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // host stopping
        }
    }

    private async Task LeadOnceAsync(string name, Func<CancellationToken, Task> job, CancellationToken stoppingToken)
    {
        ILeadership? leadership;
        try
        {
            leadership = await election.TryAcquireAsync(name, stoppingToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            logger.LogError(exception, "Could not ask for the leadership of {Job}; trying again", name);
            return;
        }

        if (leadership is null)
        {
            return;
        }

        await using (leadership.ConfigureAwait(false))
        {
            logger.LogInformation("This node leads {Job}", name);
            using var running = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, leadership.Lost);
            try
            {
                await job(running.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (leadership.Lost.IsCancellationRequested && !stoppingToken.IsCancellationRequested)
            {
                // lost below
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogError(exception, "Job {Job} failed; handing its leadership back", name);
            }

            if (leadership.Lost.IsCancellationRequested)
            {
                logger.LogWarning("This node lost the leadership of {Job}", name);
            }
        }
    }
}
