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
internal sealed class BotFrameworkResilience
{
    public BotFrameworkResilience(IOptions<BotFrameworkOptions> options, TimeProvider time, ILogger<BotFrameworkResilience> logger)
    {
        var settings = options.Value;
        var longest = TimeSpan.FromSeconds(settings.MaxRetryAfterSeconds);
        var retry = new RetryStrategyOptions
        {
            Delay = TimeSpan.FromSeconds(settings.RetryBackoffSeconds),
            ShouldHandle = new PredicateBuilder()
                .Handle<BotFrameworkHttpException>(e => e.IsTransient && !(e.RetryAfter > longest))
                .Handle<HttpRequestException>(e => e is not BotFrameworkHttpException)
                .Handle<TimeoutRejectedException>(),
            DelayGenerator = args => ValueTask.FromResult((args.Outcome.Exception as BotFrameworkHttpException)?.RetryAfter),
        };
        Pipeline = ChannelResilience.Build("Bot Framework", retry, settings.MaxRetries, TimeSpan.FromSeconds(settings.TimeoutSeconds), time, logger);
    }

    /// <summary>The pipeline.</summary>
    public ResiliencePipeline Pipeline { get; }
}
