using Microsoft.Extensions.Logging;
using Polly;
using Polly.CircuitBreaker;
using Polly.Retry;
using Polly.Timeout;

namespace Assistant.Answering.Llm.Resilience;

/// <summary>
/// Polly around every model call: retry with jitter on 429/5xx/timeouts honouring Retry-After but never past the
/// answer's budget, then a circuit breaker shared by all answers, then a per-call timeout.
/// </summary>
public sealed class LlmResiliencePipeline
{
    private static readonly ResiliencePropertyKey<DateTimeOffset> DeadlineKey = new("Assistant.Llm.Deadline");
    private static readonly ResiliencePropertyKey<TimeSpan> NextDelayKey = new("Assistant.Llm.NextDelay");

    /// <summary>A retry is pointless when less than this is left after its wait.</summary>
    private static readonly TimeSpan MinimumAttempt = TimeSpan.FromMilliseconds(250);

    private readonly ResiliencePipeline pipeline;
    private readonly LlmOptions options;
    private readonly TimeProvider time;
    private readonly ILogger logger;

    /// <summary>Builds the pipeline; its circuit state lives as long as this instance.</summary>
    public LlmResiliencePipeline(LlmOptions options, TimeProvider time, ILogger logger)
    {
        this.options = options;
        this.time = time;
        this.logger = logger;
        var builder = new ResiliencePipelineBuilder { TimeProvider = time };
        if (options.MaxRetries > 0)
        {
            builder.AddRetry(new RetryStrategyOptions
            {
                MaxRetryAttempts = options.MaxRetries,
                ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception is { } e && ShouldRetry(e, args.Context, args.AttemptNumber)),
                DelayGenerator = args => ValueTask.FromResult<TimeSpan?>(args.Context.Properties.GetValue(NextDelayKey, TimeSpan.Zero)),
                OnRetry = args =>
                {
                    logger.LogWarning("Model call failed ({Reason}); retry {Attempt} in {DelayMs} ms", LlmFailures.Reason(args.Outcome.Exception!), args.AttemptNumber + 1, args.RetryDelay.TotalMilliseconds);
                    return ValueTask.CompletedTask;
                },
            });
        }

        var breaker = options.CircuitBreaker;
        builder.AddCircuitBreaker(new CircuitBreakerStrategyOptions
        {
            FailureRatio = breaker.FailureRatio,
            MinimumThroughput = breaker.MinimumThroughput,
            SamplingDuration = TimeSpan.FromSeconds(breaker.SamplingDurationSeconds),
            BreakDuration = TimeSpan.FromSeconds(breaker.BreakDurationSeconds),
            ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception is { } e && LlmFailures.IsTransient(e)),
            OnOpened = args =>
            {
                logger.LogWarning("Model circuit opened for {BreakSeconds} s", args.BreakDuration.TotalSeconds);
                return ValueTask.CompletedTask;
            },
            OnClosed = _ =>
            {
                logger.LogInformation("Model circuit closed");
                return ValueTask.CompletedTask;
            },
        });
        builder.AddTimeout(new TimeoutStrategyOptions { Timeout = options.Timeout });
        pipeline = builder.Build();
    }

    /// <summary>Runs <paramref name="call"/> (given the per-attempt token) within <paramref name="budget"/>.</summary>
    public async ValueTask<T> ExecuteAsync<T>(Func<CancellationToken, ValueTask<T>> call, LlmBudget budget)
    {
        var context = ResilienceContextPool.Shared.Get(budget.Token);
        context.Properties.Set(DeadlineKey, budget.Deadline);
        try
        {
            return await pipeline.ExecuteAsync(static (ctx, state) => state(ctx.CancellationToken), context, call).ConfigureAwait(false);
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    private bool ShouldRetry(Exception exception, ResilienceContext context, int attempt)
    {
        if (!LlmFailures.IsTransient(exception))
        {
            return false;
        }

        var now = time.GetUtcNow();
        var delay = RetryAfter.From(exception, now) ?? Backoff(attempt);
        var left = context.Properties.GetValue(DeadlineKey, now) - now;
        if (delay + MinimumAttempt > left)
        {
            logger.LogWarning("Model call failed ({Reason}); no retry: waiting {DelayMs} ms would pass the budget", LlmFailures.Reason(exception), delay.TotalMilliseconds);
            return false;
        }

        context.Properties.Set(NextDelayKey, delay);
        return true;
    }

    /// <summary>Exponential backoff from the base delay, with jitter between half and one and a half times.</summary>
    private TimeSpan Backoff(int attempt) =>
        TimeSpan.FromSeconds(options.RetryBaseDelaySeconds * Math.Pow(2, attempt) * (0.5 + Random.Shared.NextDouble()));
}
