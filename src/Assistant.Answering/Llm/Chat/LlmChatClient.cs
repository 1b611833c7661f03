using System.ClientModel;
using System.ClientModel.Primitives;
using System.Runtime.CompilerServices;
using Assistant.Answering.Llm.Resilience;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.OpenAI;
using OpenAI;

namespace Assistant.Answering.Llm.Chat;

/// <summary>
/// Talks to the OpenAI-compatible endpoint through Semantic Kernel's chat completion service, every call inside the
/// resilience pipeline and the answer's budget. Failures surface as <see cref="LlmCallException"/> with the reason.
/// </summary>
public sealed class LlmChatClient
{
    /// <summary>DI key of the <see cref="HttpClient"/> the client sends requests with (tests put a fake handler there).</summary>
    public const string HttpClientKey = "Assistant.Llm";

    private const string PlaceholderKey = "no-key";

    private readonly IChatCompletionService chat;
    private readonly LlmResiliencePipeline resilience;
    private readonly LlmOptions options;
    private readonly TimeProvider time;

    /// <summary>Creates the client; <paramref name="httpClient"/> should have an infinite timeout (the pipeline times calls).</summary>
    public LlmChatClient(IOptions<LlmOptions> options, HttpClient httpClient, TimeProvider time, ILoggerFactory loggerFactory)
    {
        this.options = options.Value;
        this.time = time;
        if (!this.options.Enabled)
        {
            throw new InvalidOperationException("Llm:Endpoint is not set; the model client must not be created.");
        }

        var apiKey = string.IsNullOrWhiteSpace(this.options.ApiKey) ? PlaceholderKey : this.options.ApiKey;
        // The SDK's own retries and network timeout are switched off: the pipeline below owns both.
        var clientOptions = new OpenAIClientOptions
        {
            Endpoint = new Uri(this.options.Endpoint),
            Transport = new HttpClientPipelineTransport(httpClient),
            RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
            NetworkTimeout = System.Threading.Timeout.InfiniteTimeSpan,
        };
        chat = new OpenAIChatCompletionService(this.options.Model, new OpenAIClient(new ApiKeyCredential(apiKey), clientOptions), loggerFactory);
        resilience = new LlmResiliencePipeline(this.options, time, loggerFactory.CreateLogger<LlmChatClient>());
    }

    /// <summary>The whole reply as one text.</summary>
    /// <exception cref="LlmCallException">The call failed, timed out, or the budget ran out.</exception>
    public async Task<string> CompleteAsync(ChatHistory history, PromptExecutionSettings settings, CancellationToken cancellationToken = default)
    {
        using var budget = new LlmBudget(options.Budget, time, cancellationToken);
        try
        {
            var reply = await resilience.ExecuteAsync(
                async token => await chat.GetChatMessageContentAsync(history, settings, kernel: null, token).ConfigureAwait(false),
                budget).ConfigureAwait(false);
            return reply.Content ?? string.Empty;
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested && e is not LlmCallException)
        {
            throw new LlmCallException(LlmFailures.Reason(e), e);
        }
    }

    /// <summary>The reply as pieces of text while the model writes it.</summary>
    /// <exception cref="LlmCallException">The call failed, timed out, or the budget ran out (possibly after some pieces).</exception>
    public async IAsyncEnumerable<string> StreamAsync(ChatHistory history, PromptExecutionSettings settings, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        using var budget = new LlmBudget(options.Budget, time, cancellationToken);
        ChatStream stream;
        try
        {
            stream = await resilience.ExecuteAsync(
                token => ChatStream.OpenAsync(t => chat.GetStreamingChatMessageContentsAsync(history, settings, kernel: null, t), budget.Token, token),
                budget).ConfigureAwait(false);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested && e is not LlmCallException)
        {
            throw new LlmCallException(LlmFailures.Reason(e), e);
        }

        await using (stream.ConfigureAwait(false))
        {
            for (var piece = stream.First; piece is not null; piece = await NextAsync(stream, cancellationToken).ConfigureAwait(false))
            {
                yield return piece;
            }
        }
    }

    private static async ValueTask<string?> NextAsync(ChatStream stream, CancellationToken cancellationToken)
    {
        try
        {
            return await stream.NextAsync().ConfigureAwait(false);
        }
        catch (Exception e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new LlmCallException(LlmFailures.Reason(e), e);
        }
    }
}
