using Assistant.Channels.Delivery;
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
        var retry = new RetryStrategyOptions
        {
            Delay = TimeSpan.FromSeconds(settings.RateLimitBackoffSeconds),
            ShouldHandle = new PredicateBuilder()
                .Handle<ZaloRateLimitedException>()
                .Handle<HttpRequestException>()
                .Handle<TimeoutRejectedException>(),
        };
        Pipeline = ChannelResilience.Build("Zalo", retry, settings.MaxRetries, TimeSpan.FromSeconds(settings.TimeoutSeconds), time, logger);
    }

    /// <summary>The pipeline.</summary>
    public ResiliencePipeline Pipeline { get; }
}
