using System.Diagnostics;
using System.Runtime.CompilerServices;
using Assistant.Core.Answers;
using Assistant.Core.Conversations;
using Assistant.Core.Official;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Assistant.Answering.Conversation;

/// <summary>
/// <see cref="IConversationService"/> for every channel: finds or starts the conversation, rewrites a follow-up
/// into a standalone question, answers it, adds suggestions, remembers the turn and queues it for the staff reports.
/// </summary>
public sealed class ConversationService(
    IAnswerer answerer,
    AnswerCache cache,
    IQuestionRewriter rewriter,
    ConversationMemory memory,
    SuggestionBuilder suggestions,
    ITurnLog turns,
    IOfficialAnswerFinder officialAnswers,
    IOptions<ConversationOptions> conversationOptions,
    IOptions<ChatOptions> chatOptions,
    TimeProvider time,
    ILogger<ConversationService> logger) : IConversationService
{
    /// <inheritdoc />
    public async Task<ConversationReply> AskAsync(ConversationKey key, string question, CancellationToken cancellationToken = default)
    {
        var exchange = await BeginAsync(key, question, cancellationToken);
        var answer = await exchange.OfficialAsync(officialAnswers, cancellationToken) ?? exchange.Cached(cache)
            ?? Kept(exchange, await answerer.AnswerAsync(exchange.Standalone, cancellationToken));
        var reply = await exchange.ReplyAsync(answer, suggestions, cancellationToken);
        await FinishAsync(exchange, reply, cancellationToken);
        return reply;
    }

    /// <inheritdoc />
    public async IAsyncEnumerable<ReplyUpdate> StreamAsync(ConversationKey key, string question, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var exchange = await BeginAsync(key, question, cancellationToken);
        if ((await exchange.OfficialAsync(officialAnswers, cancellationToken) ?? exchange.Cached(cache)) is { } cached)
        {
            var reply = await exchange.ReplyAsync(cached, suggestions, cancellationToken);
            yield return new ReplyTextDelta(cached.Text);
            yield return new ReplyFinal(reply);
            await FinishAsync(exchange, reply, cancellationToken);
            yield break;
        }

        ConversationReply? last = null;
        await foreach (var update in answerer.StreamAsync(exchange.Standalone, cancellationToken))
        {
            switch (update)
            {
                case AnswerTextDelta delta:
                    yield return new ReplyTextDelta(delta.Text);
                    break;
                case AnswerFinal final:
                    last = await exchange.ReplyAsync(final.Answer, suggestions, cancellationToken);
                    yield return new ReplyFinal(last);
                    break;
            }
        }

        if (last is null)
        {
            throw new InvalidOperationException($"{answerer.GetType().Name} ended its stream without a final answer.");
        }

        Kept(exchange, last.Answer);
        await FinishAsync(exchange, last, cancellationToken);
    }

    private Answer Kept(Exchange exchange, Answer answer)
    {
        cache.Store(exchange.Standalone, answer);
        return answer;
    }

    private async Task<Exchange> BeginAsync(ConversationKey key, string question, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentException.ThrowIfNullOrWhiteSpace(question);
        var started = Stopwatch.GetTimestamp();
        var conversation = memory.GetOrStart(key);
        var standalone = await rewriter.RewriteAsync(question.Trim(), conversation.History(), cancellationToken);
        var turn = conversation.NextTurn();
        return new Exchange(key, conversation, turn, Guid.NewGuid().ToString("N")[..16], question.Trim(), standalone, started);
    }

    private async Task FinishAsync(Exchange exchange, ConversationReply reply, CancellationToken cancellationToken)
    {
        var answer = reply.Answer;
        var now = time.GetUtcNow();
        exchange.Conversation.Remember(exchange.Turn, exchange.AnswerId, new ConversationTurn(answer.Question, answer), conversationOptions.Value.HistoryTurns);
        exchange.Conversation.Touch(now);
        await turns.RecordAsync(
            new StoredTurn(exchange.Conversation.Id, exchange.Conversation.Channel, exchange.Conversation.SubjectHash, exchange.Conversation.StartedAt, exchange.Turn, exchange.AnswerId, exchange.Asked, answer, now),
            cancellationToken);

        if (!logger.IsEnabled(LogLevel.Information))
        {
            return;
        }

        var elapsedMs = Stopwatch.GetElapsedTime(exchange.Started).TotalMilliseconds;
        logger.LogInformation(
            "Answered turn {Turn} on {Channel}: refused {Refused}, mode {Mode}, rewritten {Rewritten}, cited {Docs} in {ElapsedMs:F1} ms",
            exchange.Turn, exchange.Key.Channel, answer.Refused, answer.Mode, !string.Equals(exchange.Asked, exchange.Standalone, StringComparison.Ordinal),
            answer.Citations.Select(c => c.Doc).Distinct().ToArray(), elapsedMs);
        if (chatOptions.Value.LogQuestionText)
        {
            logger.LogInformation("Turn {Turn} asked {Asked}, answered as {Standalone}", exchange.Turn, exchange.Asked, exchange.Standalone);
        }
    }

    private sealed record Exchange(ConversationKey Key, Conversation Conversation, int Turn, string AnswerId, string Asked, string Standalone, long Started)
    {
        /// <summary>The published official answer to the standalone question, timed for this request, or null.</summary>
        public async Task<Answer?> OfficialAsync(IOfficialAnswerFinder finder, CancellationToken cancellationToken) =>
            await finder.FindAsync(Standalone, cancellationToken) is { } answer ? answer with { ElapsedMs = Stopwatch.GetElapsedTime(Started).TotalMilliseconds } : null;

        /// <summary>A kept answer to the standalone question, timed for this request.</summary>
        public Answer? Cached(AnswerCache cache) =>
            cache.Find(Standalone) is { } answer ? answer with { ElapsedMs = Stopwatch.GetElapsedTime(Started).TotalMilliseconds } : null;

        public async Task<ConversationReply> ReplyAsync(Answer answer, SuggestionBuilder builder, CancellationToken cancellationToken) =>
            new(Key.Subject, Turn, Asked, answer with { Id = AnswerId }, await builder.ForAsync(answer, Asked, cancellationToken));
    }
}
