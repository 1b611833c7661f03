using Assistant.Channels.Delivery;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace Assistant.Channels.BotFramework;

/// <summary>
/// The Polly pipeline every Bot Connector and token call runs in: a per-attempt timeout, and retries on network
/// errors, timeouts, 429 and 5xx, waiting the <c>Retry-After</c> the server asks for (a wait longer than
/// <c>MaxRetryAfterSeconds</c> gives the call up) or else an exponential, jittered back-off.
/// </summary>
internal sealed class BotFrameworkResilience(IOptions<BotFrameworkOptions> options, TimeProvider time, ILogger<BotFrameworkResilience> logger)
{
    /// <summary>The pipeline.</summary>
    public ResiliencePipeline Pipeline { get; } = ChannelResilience.Build(
        "Bot Framework",
        Retry(options.Value),
        options.Value.MaxRetries,
        TimeSpan.FromSeconds(options.Value.TimeoutSeconds),
        time,
        logger);

    private static RetryStrategyOptions Retry(BotFrameworkOptions settings) => new()
    {
        Delay = TimeSpan.FromSeconds(settings.RetryBackoffSeconds),
        ShouldHandle = new PredicateBuilder()
            .Handle<BotFrameworkHttpException>(e => e.IsTransient && !(e.RetryAfter > TimeSpan.FromSeconds(settings.MaxRetryAfterSeconds)))
            .Handle<HttpRequestException>(e => e is not BotFrameworkHttpException)
            .Handle<TimeoutRejectedException>(),
        DelayGenerator = args => ValueTask.FromResult((args.Outcome.Exception as BotFrameworkHttpException)?.RetryAfter),
    };
}
