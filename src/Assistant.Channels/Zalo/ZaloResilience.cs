using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace Assistant.Channels.Zalo;

/// <summary>
/// The Polly pipeline every Zalo call runs in: a per-attempt timeout, and retries with exponential back-off on
/// network errors, timeouts, HTTP 5xx/429 and Zalo's rate-limit error (-32).
/// </summary>
internal sealed class ZaloResilience
{
    public ZaloResilience(IOptions<ZaloOptions> options, TimeProvider time, ILogger<ZaloResilience> logger)
    {
        var settings = options.Value;
        var builder = new ResiliencePipelineBuilder { TimeProvider = time };
        if (settings.MaxRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = settings.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                Delay = TimeSpan.FromSeconds(settings.RateLimitBackoffSeconds),
                UseJitter = true,
                ShouldHandle = new PredicateBuilder()
                    .Handle<ZaloRateLimitedException>()
                    .Handle<HttpRequestException>()
                    .Handle<TimeoutRejectedException>(),
                OnRetry = args =>
                {
                    logger.LogWarning("Zalo call failed ({Error}); retry {Attempt} in {Delay}",
                        args.Outcome.Exception?.Message, args.AttemptNumber + 1, args.RetryDelay);
                    return ValueTask.CompletedTask;
                },
            });
        }

        Pipeline = builder.AddTimeout(TimeSpan.FromSeconds(settings.TimeoutSeconds)).Build();
    }

    /// <summary>The pipeline.</summary>
    public ResiliencePipeline Pipeline { get; }
}
