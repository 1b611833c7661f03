using Assistant.Core.Monitoring;
using Assistant.Monitoring.Scoring;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Assistant.Monitoring.Intake;

/// <summary>
/// Scores stored posts in the background: at start (posts left unscored by a stop), whenever posts arrive, and every
/// <c>Monitoring:Intake:PollSeconds</c>; flagged posts go to the review queue; authors older than
/// <c>Retention:PostDays</c> are cleared.
/// </summary>
public sealed class PostScoringWorker(
    PostStore store,
    PostScorer scorer,
    IReviewQueue reviewQueue,
    IntakeSignal signal,
    IOptions<IntakeOptions> options,
    IOptions<PostRetentionOptions> retention,
    TimeProvider time,
    ILogger<PostScoringWorker> logger) : BackgroundService
{
    /// <summary>Scores every post not yet scored; returns how many were scored.</summary>
    public async Task<int> ScorePendingAsync(CancellationToken cancellationToken)
    {
        var total = 0;
        while (true)
        {
            var pending = await store.PendingAsync(options.Value.BatchSize, cancellationToken).ConfigureAwait(false);
            if (pending.Count == 0)
            {
                return total;
            }

            var scored = await scorer.ScoreBatchAsync(pending.Select(p => p.Post).ToList(), cancellationToken).ConfigureAwait(false);
            for (var i = 0; i < pending.Count; i++)
            {
                if (scored[i].Flagged)
                {
                    await reviewQueue.SubmitAsync(pending[i].Post, scored[i], cancellationToken).ConfigureAwait(false);
                }

                await store.MarkScoredAsync(pending[i].RowId, scored[i], cancellationToken).ConfigureAwait(false);
            }

            total += pending.Count;
        }
    }

    /// <inheritdoc />
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var poll = TimeSpan.FromSeconds(options.Value.PollSeconds);
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                var scored = await ScorePendingAsync(stoppingToken).ConfigureAwait(false);
                if (scored > 0)
                {
                    logger.LogInformation("Scored {Count} posts", scored);
                }

                var cleared = await store.ClearAuthorsAsync(time.GetUtcNow().AddDays(-retention.Value.PostDays), stoppingToken).ConfigureAwait(false);
                if (cleared > 0)
                {
                    logger.LogInformation("Cleared the author of {Count} posts past retention", cleared);
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                logger.LogError(exception, "Scoring stored posts failed; retrying in {PollSeconds} s", options.Value.PollSeconds);
            }

            using var wait = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            wait.CancelAfter(poll);
            try
            {
                await signal.WaitAsync(wait.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!stoppingToken.IsCancellationRequested)
            {
                // poll interval elapsed
            }
        }
    }
}
