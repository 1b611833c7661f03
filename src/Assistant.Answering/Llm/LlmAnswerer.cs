using System.Runtime.CompilerServices;
using System.Text;
using Assistant.Answering.Extractive;
using Assistant.Answering.Llm.Chat;
using Assistant.Answering.Llm.Prompts;
using Assistant.Answering.Llm.Resilience;
using Assistant.Core.Answers;
using Assistant.Core.Retrieval;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Assistant.Answering.Llm;

/// <summary>
/// Answers with a language model through Semantic Kernel, from the retrieved passages only. Every model answer is
/// checked before anyone reads it; a failed check, an error or a timeout gives the extractive answer from the same
/// search, with the reason. When the extractive answerer refuses (a province without a plan, nothing relevant found,
/// instructions to the assistant in the question), its refusal stands and the model is not asked.
/// </summary>
public sealed class LlmAnswerer : IAnswerer
{
    /// <summary>The reason given when the question reads like instructions to the assistant.</summary>
    public const string InjectionReason = "prompt-injection";

    private readonly IRetriever retriever;
    private readonly IPassageAnswerer extractive;
    private readonly LlmChatClient client;
    private readonly PromptLibrary prompts;
    private readonly ModelAnswerReview review;
    private readonly LlmOptions options;
    private readonly TimeProvider time;
    private readonly ILogger<LlmAnswerer> logger;

    /// <summary>Creates the answerer.</summary>
    public LlmAnswerer(
        IRetriever retriever,
        IPassageAnswerer extractive,
        LlmChatClient client,
        PromptLibrary prompts,
        ModelAnswerReview review,
        IOptions<LlmOptions> options,
        TimeProvider time,
        ILogger<LlmAnswerer> logger)
    {
        this.retriever = retriever;
        this.extractive = extractive;
        this.client = client;
        this.prompts = prompts;
        this.review = review;
        this.options = options.Value;
        this.time = time;
        this.logger = logger;
    }

    /// <inheritdoc />
    public async Task<Answer> AnswerAsync(string question, CancellationToken cancellationToken = default)
    {
        var started = time.GetTimestamp();
        var plan = Plan(question);
        if (plan.Standing is { } standing)
        {
            return Finish(standing, started);
        }

        var request = await ChatRequest.ForAnswerAsync(prompts, options, question, plan.Passages, cancellationToken).ConfigureAwait(false);
        try
        {
            var text = await client.CompleteAsync(request.History, request.Settings, cancellationToken).ConfigureAwait(false);
            return Finish(review.Review(text, plan.Passages, plan.Extractive), started);
        }
        catch (LlmCallException e)
        {
            return Finish(ModelAnswerReview.Fallback(plan.Extractive, e.Reason), started);
        }
    }

    /// <inheritdoc />
    /// <remarks>
    /// The model's text flows as <see cref="AnswerTextDelta"/> pieces; once it ends it is checked, and the one
    /// <see cref="AnswerFinal"/> that follows is either the checked model answer (markers renumbered) or the extractive
    /// answer that replaces everything streamed.
    /// </remarks>
    public async IAsyncEnumerable<AnswerUpdate> StreamAsync(string question, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var started = time.GetTimestamp();
        var plan = Plan(question);
        if (plan.Standing is { } standing)
        {
            yield return new AnswerFinal(Finish(standing, started));
            yield break;
        }

        var request = await ChatRequest.ForAnswerAsync(prompts, options, question, plan.Passages, cancellationToken).ConfigureAwait(false);
        var text = new StringBuilder();
        string? failure = null;
        var pieces = client.StreamAsync(request.History, request.Settings, cancellationToken).GetAsyncEnumerator(cancellationToken);
        await using (pieces.ConfigureAwait(false))
        {
            while (failure is null)
            {
                try
                {
                    if (!await pieces.MoveNextAsync().ConfigureAwait(false))
                    {
                        break;
                    }
                }
                catch (LlmCallException e)
                {
                    failure = e.Reason;
                    break;
                }

                text.Append(pieces.Current);
                yield return new AnswerTextDelta(pieces.Current);
            }
        }

        var answer = failure is null
            ? review.Review(text.ToString(), plan.Passages, plan.Extractive)
            : ModelAnswerReview.Fallback(plan.Extractive, failure);
        yield return new AnswerFinal(Finish(answer, started));
    }

    private AnswerPlan Plan(string question)
    {
        var search = retriever.Search(question, options.SearchTop);
        var fallback = extractive.AnswerFrom(question, search);
        if (PromptInjectionDetector.IsInjection(question))
        {
            return new AnswerPlan(search, fallback, [], ModelAnswerReview.Fallback(fallback, InjectionReason));
        }

        // A province without a plan, nothing found, too little of the question covered: the refusal stands.
        if (fallback.Refused || search.Hits.Count == 0 || (search.UncoveredProvinces.Count > 0 && !search.Provinces.Except(search.UncoveredProvinces).Any()))
        {
            return new AnswerPlan(search, fallback, [], fallback);
        }

        var passages = PromptPassageSelector.Select(search, options);
        return passages.Count == 0
            ? new AnswerPlan(search, fallback, [], ModelAnswerReview.Fallback(fallback, InjectionReason))
            : new AnswerPlan(search, fallback, passages, null);
    }

    private Answer Finish(Answer answer, long started)
    {
        if (answer.FallbackReason is { } reason)
        {
            logger.LogWarning("Model answer replaced by the extractive one: {Reason}", reason);
        }

        return answer with { ElapsedMs = time.GetElapsedTime(started).TotalMilliseconds };
    }
}
