using Assistant.Core.Monitoring;
using Assistant.Core.Storage;
using Assistant.Monitoring.Scoring;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Assistant.Monitoring.Intake;

/// <summary>
/// Scores stored posts in the background, on every node: at start (posts left unscored by a stop), whenever posts
/// arrive, and every <c>Monitoring:Intake:PollSeconds</c>. Posts are claimed from the store with a lease, so nodes score
/// disjoint posts and a dead node's posts are scored by another once its lease ends; flagged posts go to the review queue.
/// </summary>
public sealed class PostScoringWorker(
    IPostStore store,
    PostScorer scorer,
    IReviewQueue reviewQueue,
    IntakeSignal signal,
    IOptions<IntakeOptions> options,
    ILogger<PostScoringWorker> logger) : BackgroundService
{
    /// <summary>Scores every post not yet scored that this worker could claim; returns how many scorings it recorded.</summary>
    public async Task<int> ScorePendingAsync(CancellationToken cancellationToken)
    {
        var total = 0;
        while (true)
        {
            var pending = await store.ClaimPendingAsync(options.Value.BatchSize, TimeSpan.FromSeconds(options.Value.LeaseSeconds), cancellationToken)
                .ConfigureAwait(false);
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

                if (await store.MarkScoredAsync(pending[i].RowId, scored[i], cancellationToken).ConfigureAwait(false))
                {
                    total++;
                }
            }
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
