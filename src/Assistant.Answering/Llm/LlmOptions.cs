using System.ComponentModel.DataAnnotations;
using Assistant.Core.Configuration;

namespace Assistant.Answering.Llm;

/// <summary>
/// The language model that writes answers (<c>Llm</c> section). With no <see cref="Endpoint"/> the extractive
/// answerer stays the default and nothing touches the network.
/// </summary>
public sealed class LlmOptions : IValidatableObject
{
    /// <summary>Configuration section name.</summary>
    public const string SectionName = "Llm";

    /// <summary>OpenAI-compatible base URL, e.g. <c>http://127.0.0.1:11434/v1</c>; empty disables the model.</summary>
    public string Endpoint { get; set; } = "";

    /// <summary>Model (or Azure deployment) name sent with each request; required with an endpoint.</summary>
    public string Model { get; set; } = "";

    /// <summary>API key; local servers (Ollama, vLLM) accept any value.</summary>
    public string ApiKey { get; set; } = "";

    /// <summary>Time allowed for one call (for streaming: until the first piece of text).</summary>
    [Range(0.05, 600)]
    public double TimeoutSeconds { get; set; } = 20;

    /// <summary>Total time for the model's part of one answer, retries and waits included; then the extractive answer is given.</summary>
    [Range(0.1, 900)]
    public double BudgetSeconds { get; set; } = 30;

    /// <summary>Retries after a 429, a 5xx, a timeout or a failed connection, never beyond the budget.</summary>
    [Range(0, 10)]
    public int MaxRetries { get; set; } = 2;

    /// <summary>First retry delay when the server gives no Retry-After; doubles with each retry, with jitter.</summary>
    [Range(0.001, 60)]
    public double RetryBaseDelaySeconds { get; set; } = 0.5;

    /// <summary>When to stop calling a failing server for a while.</summary>
    [Required]
    public LlmCircuitBreakerOptions CircuitBreaker { get; set; } = new();

    /// <summary>Sampling temperature; null keeps the value in the prompt file's front matter.</summary>
    [Range(0, 2)]
    public double? Temperature { get; set; }

    /// <summary>Most tokens the model may write; null keeps the value in the prompt file's front matter.</summary>
    [Range(1, 32768)]
    public int? MaxTokens { get; set; }

    /// <summary>Passages retrieved for a question (the fallback and the Answer JSON see them all).</summary>
    [Range(1, 50)]
    public int SearchTop { get; set; } = 10;

    /// <summary>Best passages numbered into the prompt.</summary>
    [Range(1, 20)]
    public int MaxPassages { get; set; } = 6;

    /// <summary>Longest passage text put into the prompt, in characters; longer ones are cut at a word.</summary>
    [Range(100, 20000)]
    public int MaxPassageChars { get; set; } = 1500;

    /// <summary>Earlier turns shown to the model when rewriting a follow-up question.</summary>
    [Range(1, 20)]
    public int HistoryTurns { get; set; } = 3;

    /// <summary>Folder of the prompt files; relative to the repository root.</summary>
    [Required]
    public string PromptsDirectory { get; set; } = "prompts";

    /// <summary>True when an endpoint is configured.</summary>
    public bool Enabled => !string.IsNullOrWhiteSpace(Endpoint);

    /// <summary>Per-call timeout.</summary>
    public TimeSpan Timeout => TimeSpan.FromSeconds(TimeoutSeconds);

    /// <summary>Budget for one answer.</summary>
    public TimeSpan Budget => TimeSpan.FromSeconds(BudgetSeconds);

    /// <inheritdoc />
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!Enabled)
        {
            yield break;
        }

        if (!Uri.TryCreate(Endpoint, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            yield return new ValidationResult($"Llm:Endpoint must be an absolute http(s) URL, got '{Endpoint}'.", [nameof(Endpoint)]);
        }

        if (string.IsNullOrWhiteSpace(Model))
        {
            yield return new ValidationResult("Llm:Model is required when Llm:Endpoint is set.", [nameof(Model)]);
        }

        if (!Directory.Exists(RepositoryPaths.Resolve(PromptsDirectory)))
        {
            yield return new ValidationResult($"Llm:PromptsDirectory '{PromptsDirectory}' does not exist (resolved from the repository root).", [nameof(PromptsDirectory)]);
        }

        foreach (var result in CircuitBreaker.Validate())
        {
            yield return result;
        }
    }
}
