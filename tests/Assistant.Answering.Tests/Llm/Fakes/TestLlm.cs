using Assistant.Answering.Llm;
using Assistant.Answering.Llm.Chat;
using Assistant.Answering.Llm.Grounding;
using Assistant.Answering.Llm.Prompts;
using Assistant.Core.Configuration;
using Assistant.Retrieval.Search;
using Microsoft.Extensions.Logging;

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

    /// <summary>The prompt files of the repository.</summary>
    public static PromptLibrary Prompts { get; } = PromptLibrary.Load(RepositoryPaths.Resolve("prompts"));

    /// <summary>The retriever over the real corpus, built once.</summary>
    public static LuceneRetriever Retriever => SharedRetriever.Value;

    private static readonly Lazy<LuceneRetriever> SharedRetriever = new(() => TestCorpus.Retriever());

    /// <summary>The model answerer over the real corpus and extractive answerer, talking to <paramref name="options"/>' endpoint.</summary>
    public static LlmAnswerer Answerer(LlmOptions options, TimeProvider? time = null, LuceneRetriever? retriever = null) =>
        Answerer(options, Client(options, time), time, retriever);

    /// <summary>The model answerer using <paramref name="client"/> (to share its circuit between answerers).</summary>
    public static LlmAnswerer Answerer(LlmOptions options, LlmChatClient client, TimeProvider? time = null, LuceneRetriever? retriever = null)
    {
        retriever ??= Retriever;
        var loggers = TestOutputLoggerProvider.Factory();
        return new LlmAnswerer(
            retriever,
            TestCorpus.Extractive(retriever),
            client,
            Prompts,
            new ModelAnswerReview(new GroundingChecker(TestCorpus.Provinces)),
            Microsoft.Extensions.Options.Options.Create(options),
            time ?? TimeProvider.System,
            loggers.CreateLogger<LlmAnswerer>());
    }
}
