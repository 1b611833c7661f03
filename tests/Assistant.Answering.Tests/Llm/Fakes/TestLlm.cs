using Assistant.Answering.Llm;
using Assistant.Answering.Llm.Chat;
using Microsoft.Extensions.Options;

namespace Assistant.Answering.Tests.Llm.Fakes;

/// <summary>
/// Options for tests: a roomy timeout and budget (a loaded machine must not turn a good reply into a timeout);
/// the tests of timeouts and budgets set small ones themselves.
/// </summary>
public static class TestLlm
{
    /// <summary>Options for the fake server at <paramref name="endpoint"/>.</summary>
    public static LlmOptions Options(string endpoint, Action<LlmOptions>? configure = null)
    {
        var options = new LlmOptions
        {
            Endpoint = endpoint,
            Model = "test-model",
            TimeoutSeconds = 10,
            BudgetSeconds = 20,
            MaxRetries = 2,
            RetryBaseDelaySeconds = 0.01,
            CircuitBreaker = new LlmCircuitBreakerOptions { MinimumThroughput = 100 },
        };
        configure?.Invoke(options);
        return options;
    }

    /// <summary>A client with a plain <see cref="HttpClient"/>.</summary>
    public static LlmChatClient Client(LlmOptions options, TimeProvider? time = null) =>
        new(Microsoft.Extensions.Options.Options.Create(options), new HttpClient { Timeout = Timeout.InfiniteTimeSpan }, time ?? TimeProvider.System, TestOutputLoggerProvider.Factory());
}
