using System.Text.Json.Serialization;
using Assistant.Core.Answers;
using Assistant.Core.Conversations;

namespace Assistant.Web.Chat;

/// <summary>The Answer JSON of DESIGN.md plus the conversation it belongs to and suggested follow-ups.</summary>
/// <param name="Id">Answer id; feedback names it.</param>
/// <param name="Question">The question as typed.</param>
/// <param name="Text">The Vietnamese answer or refusal.</param>
/// <param name="Refused">True when the documents do not answer the question.</param>
/// <param name="Mode"><c>extractive</c>, <c>llm</c> or <c>official</c>.</param>
/// <param name="FallbackReason">Why a model answer was replaced, or null.</param>
/// <param name="Citations">Passages the answer rests on, numbered from 1 in order.</param>
/// <param name="Passages">Top retrieved passages when asked for, else empty.</param>
/// <param name="ElapsedMs">Time spent answering inside the process.</param>
/// <param name="ConversationId">Send it back with the next question to keep the context.</param>
/// <param name="Turn">Number of this exchange in the conversation, from 1.</param>
/// <param name="StandaloneQuestion">The question as understood with the conversation's context.</param>
/// <param name="Suggestions">Two to four follow-up questions.</param>
public sealed record ChatResponse(
    string? Id,
    string Question,
    [property: JsonPropertyName("answer")] string Text,
    bool Refused,
    string Mode,
    string? FallbackReason,
    IReadOnlyList<Citation> Citations,
    IReadOnlyList<PassageResult> Passages,
    double ElapsedMs,
    string ConversationId,
    int Turn,
    string StandaloneQuestion,
    IReadOnlyList<string> Suggestions)
{
    /// <summary>The official answer served, when <see cref="Mode"/> is <c>official</c>.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public OfficialSource? Official { get; init; }

    /// <summary>The response for a conversation reply.</summary>
    public static ChatResponse From(ConversationReply reply, bool includePassages)
    {
        var answer = reply.Answer;
        return new ChatResponse(
            answer.Id,
            reply.AskedQuestion,
            answer.Text,
            answer.Refused,
            answer.Mode,
            answer.FallbackReason,
            answer.Citations,
            includePassages ? answer.Passages : [],
            answer.ElapsedMs,
            reply.Subject,
            reply.Turn,
            answer.Question,
            reply.Suggestions)
        {
            Official = answer.Official,
        };
    }
}
