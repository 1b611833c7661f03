using Microsoft.SemanticKernel;
using Microsoft.SemanticKernel.ChatCompletion;
using Microsoft.SemanticKernel.Connectors.OpenAI;

namespace Assistant.Answering.Llm.Prompts;

/// <summary>Messages and execution settings for one model call.</summary>
/// <param name="History">System and user messages.</param>
/// <param name="Settings">Temperature and token limit.</param>
public sealed record ChatRequest(ChatHistory History, PromptExecutionSettings Settings)
{
    /// <summary>The settings of <paramref name="prompt"/>'s front matter, overridden by the configured ones.</summary>
    public static PromptExecutionSettings SettingsFor(PromptFile prompt, LlmOptions options) => new OpenAIPromptExecutionSettings
    {
        Temperature = options.Temperature ?? prompt.Settings.Temperature,
        MaxTokens = options.MaxTokens ?? prompt.Settings.MaxTokens,
    };

    /// <summary>The request answering <paramref name="question"/> from <paramref name="passages"/>.</summary>
    public static async Task<ChatRequest> ForAnswerAsync(PromptLibrary prompts, LlmOptions options, string question, IReadOnlyList<PromptPassage> passages, CancellationToken cancellationToken)
    {
        var system = await prompts.AnswerSystem.RenderAsync(new Dictionary<string, string>(), cancellationToken).ConfigureAwait(false);
        var user = await prompts.Answer.RenderAsync(
            new Dictionary<string, string>
            {
                ["passages"] = string.Join("\n\n", passages.Select(p => p.Rendered)),
                ["question"] = question.Trim(),
            },
            cancellationToken).ConfigureAwait(false);
        var history = new ChatHistory(system);
        history.AddUserMessage(user);
        return new ChatRequest(history, SettingsFor(prompts.Answer, options));
    }
}
