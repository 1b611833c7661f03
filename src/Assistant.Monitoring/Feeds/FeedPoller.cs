using Assistant.Core.Monitoring;
using Assistant.Core.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Assistant.Monitoring.Feeds;

/// <summary>
/// Polls the feeds of <c>Monitoring:Feeds:Sources</c> in the background (all at start, then each at its interval,
/// on the injected <see cref="TimeProvider"/>) and sends their items to <see cref="IPostIntake"/>. A feed that fails
/// is logged and tried again at its next interval; the other feeds go on. With several nodes only the leader of
/// <see cref="LeaderName"/> polls; another node takes over when it dies.
/// </summary>
public sealed class FeedPoller(
    FeedFetcher fetcher,
    FeedParser parser,
    IFeedStateStore states,
    IPostIntake intake,
    IOptions<FeedOptions> options,
    LeaderRunner leader,
    TimeProvider time,
    ILogger<FeedPoller> logger) : BackgroundService
{
    /// <summary>The leadership the polling node holds.</summary>
    public const string LeaderName = "feed-poller";

    /// <summary>Polls the given feeds at once; never throws for a feed's failure.</summary>
    public async Task<IReadOnlyList<FeedPollResult>> PollAsync(IEnumerable<FeedSource> sources, CancellationToken cancellationToken) =>
        await Task.WhenAll(sources.Select(source => PollAsync(source, cancellationToken))).ConfigureAwait(false);

    /// <summary>
    /// Downloads the feed (conditionally), takes its items in, and remembers its validators once they are stored;
    /// a failure is logged and returned as <see cref="FeedPollStatus.Failed"/>.
    /// </summary>
    public async Task<FeedPollResult> PollAsync(FeedSource source, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(source);
        try
        {
            var download = await fetcher.FetchAsync(source, await states.FindAsync(source.Name, source.Url, cancellationToken).ConfigureAwait(false), cancellationToken)
                .ConfigureAwait(false);
            if (download.NotModified)
            {
                logger.LogDebug("Feed {Feed} not modified", source.Name);
                return new FeedPollResult(source.Name, FeedPollStatus.NotModified);
            }

            var parsed = parser.Parse(source, download.Content);
            foreach (var skipped in parsed.Skipped)
            {
                logger.LogWarning("Feed {Feed}: skipped item {Item}: {Reason}", source.Name, skipped.Item, skipped.Reason);
            }

            var stored = parsed.Posts.Count == 0 ? 0 : await intake.ReceiveAsync(parsed.Posts, cancellationToken).ConfigureAwait(false);
            await states.SaveAsync(source.Name, source.Url, download.Validators, time.GetUtcNow(), cancellationToken).ConfigureAwait(false);
            logger.LogInformation(
                "Feed {Feed}: {Items} items read, {New} new, {Skipped} skipped, {Ignored} past the per-poll limit",
                source.Name, parsed.Posts.Count, stored, parsed.Skipped.Count, parsed.Ignored);
            return new FeedPollResult(source.Name, FeedPollStatus.Fetched, parsed.Posts.Count, stored, parsed.Skipped.Count);
        }
        catch (FeedException exception)
        {
            logger.LogWarning("Feed {Feed} ({Url}) failed: {Reason}; next try in {Interval}", source.Name, source.Url, exception.Message, source.Interval);
            return new FeedPollResult(source.Name, FeedPollStatus.Failed, Error: exception.Message);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogError(exception, "Feed {Feed} ({Url}) failed; next try in {Interval}", source.Name, source.Url, source.Interval);
            return new FeedPollResult(source.Name, FeedPollStatus.Failed, Error: exception.Message);
        }
    }

    /// <inheritdoc />
    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        options.Value.Sources.Count == 0 ? Task.CompletedTask : leader.RunAsync(LeaderName, PollForeverAsync, stoppingToken);

    private async Task PollForeverAsync(CancellationToken stoppingToken)
    {
        var sources = options.Value.Sources;
        logger.LogInformation("Polling {Count} feeds", sources.Count);
        var schedule = new FeedSchedule(sources, time.GetUtcNow());
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                await PollAsync(schedule.TakeDue(time.GetUtcNow()), stoppingToken).ConfigureAwait(false);
                var wait = schedule.NextDue - time.GetUtcNow();
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait, time, stoppingToken).ConfigureAwait(false);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // host stopping
        }
    }
}
