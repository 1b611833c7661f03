using Assistant.Answering.Llm.Chat;
using Assistant.Answering.Llm.Prompts;
using Assistant.Answering.Llm.Resilience;
using Assistant.Core.Conversations;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Assistant.Answering.Llm.Conversations;

/// <summary>
/// Rewrites a follow-up ("còn Hải Phòng thì sao?") into a standalone question with the model and the follow-up
/// prompt; without history it asks nothing, and when the model fails it leaves the work to the fallback rewriter
/// (or keeps the question as asked).
/// </summary>
public sealed class LlmQuestionRewriter : IQuestionRewriter
{
    private const int AnswerChars = 300;
    private const int MaxQuestionChars = 500;

    private readonly LlmChatClient client;
    private readonly PromptLibrary prompts;
    private readonly LlmOptions options;
    private readonly IQuestionRewriter? fallback;
    private readonly ILogger<LlmQuestionRewriter> logger;

    /// <summary>Creates the rewriter; <paramref name="fallback"/> is used when the model gives no usable question.</summary>
    public LlmQuestionRewriter(LlmChatClient client, PromptLibrary prompts, IOptions<LlmOptions> options, ILogger<LlmQuestionRewriter> logger, IQuestionRewriter? fallback = null)
    {
        this.client = client;
        this.prompts = prompts;
        this.options = options.Value;
        this.logger = logger;
        this.fallback = fallback;
    }

    /// <inheritdoc />
    public async Task<string> RewriteAsync(string question, IReadOnlyList<ConversationTurn> history, CancellationToken cancellationToken = default)
    {
        if (history.Count == 0)
        {
            return question;
        }

        var user = await prompts.FollowUp.RenderAsync(
            new Dictionary<string, string> { ["history"] = Render(history), ["question"] = question.Trim() },
            cancellationToken).ConfigureAwait(false);
        var chat = new Microsoft.SemanticKernel.ChatCompletion.ChatHistory();
        chat.AddUserMessage(user);
        try
        {
            var text = await client.CompleteAsync(chat, ChatRequest.SettingsFor(prompts.FollowUp, options), cancellationToken).ConfigureAwait(false);
            var rewritten = FirstLine(text);
            if (rewritten.Length > 0 && rewritten.Length <= MaxQuestionChars)
            {
                return rewritten;
            }

            logger.LogWarning("Follow-up rewrite gave no usable question ({Length} characters)", rewritten.Length);
        }
        catch (LlmCallException e)
        {
            logger.LogWarning("Follow-up rewrite failed: {Reason}", e.Reason);
        }

        return fallback is null ? question : await fallback.RewriteAsync(question, history, cancellationToken).ConfigureAwait(false);
    }

    private string Render(IReadOnlyList<ConversationTurn> history) => string.Join(
        "\n",
        history.TakeLast(options.HistoryTurns).Select(turn => $"Người dân: {turn.Question.Trim()}\nTrợ lý: {Shorten(turn.Answer.Text)}"));

    private static string Shorten(string text)
    {
        var flat = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return flat.Length <= AnswerChars ? flat : flat[..AnswerChars] + " …";
    }

    private static string FirstLine(string text)
    {
        var line = text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? string.Empty;
        return line.Trim('"', '“', '”', '«', '»', ' ');
    }
}
