using Microsoft.Extensions.Logging;
using Polly;
using Polly.Retry;

namespace Assistant.Channels.Delivery;

/// <summary>
/// The Polly pipeline a channel's calls run in: the channel's retry (which errors, how long to wait) made
/// exponential, jittered and logged, around a timeout on each attempt.
/// </summary>
internal static class ChannelResilience
{
    /// <summary>
    /// Builds the pipeline; <paramref name="retry"/> gives <c>ShouldHandle</c>, <c>Delay</c> and optionally
    /// <c>DelayGenerator</c>, and is left out when <paramref name="maxRetries"/> is 0.
    /// </summary>
    public static ResiliencePipeline Build(
        string channel,
        RetryStrategyOptions retry,
        int maxRetries,
        TimeSpan attemptTimeout,
        TimeProvider time,
        ILogger logger)
    {
        var builder = new ResiliencePipelineBuilder { TimeProvider = time };
        if (maxRetries > 0)
        {
            retry.MaxRetryAttempts = maxRetries;
            retry.BackoffType = DelayBackoffType.Exponential;
            retry.UseJitter = true;
            retry.OnRetry = args =>
            {
                logger.LogWarning("{Channel} call failed ({Error}); retry {Attempt} in {Delay}",
                    channel, args.Outcome.Exception?.Message, args.AttemptNumber + 1, args.RetryDelay);
                return ValueTask.CompletedTask;
            };
            builder.AddRetry(retry);
        }

        return builder.AddTimeout(attemptTimeout).Build();
    }
}
