using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Assistant.Core.Conversations;
using Assistant.Web.Api;

namespace Assistant.Web.Chat;

/// <summary>
/// The events of <c>POST /api/chat/stream</c>: <c>delta</c> <c>{"text"}</c> pieces, <c>answer</c> with the full
/// <see cref="ChatResponse"/> (a later one replaces the earlier), <c>done</c> <c>{"conversationId","turn"}</c>, or
/// <c>error</c> <c>{"message"}</c> in Vietnamese when answering fails midway.
/// </summary>
public sealed class ChatEventStream(IConversationService conversations, JsonSerializerOptions json, ILogger logger)
{
    /// <summary>Event type of a text piece.</summary>
    public const string Delta = "delta";

    /// <summary>Event type of a full answer.</summary>
    public const string Answer = "answer";

    /// <summary>Event type closing a successful stream.</summary>
    public const string Done = "done";

    /// <summary>Event type of a failure.</summary>
    public const string Error = "error";

    /// <summary>The events for one request; errors become an <c>error</c> event since the response has started.</summary>
    public async IAsyncEnumerable<SseItem<string>> RunAsync(ValidChatRequest request, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var updates = conversations.StreamAsync(request.Key, request.Question, cancellationToken).GetAsyncEnumerator(cancellationToken);
        ChatResponse? last = null;
        while (true)
        {
            SseItem<string> item;
            try
            {
                if (!await updates.MoveNextAsync())
                {
                    break;
                }

                (item, last) = updates.Current switch
                {
                    ReplyTextDelta delta => (Event(Delta, new { text = delta.Text }), last),
                    ReplyFinal final => Final(ChatResponse.From(final.Reply, request.IncludePassages)),
                    var other => throw new InvalidOperationException($"Unknown reply update {other.GetType().Name}."),
                };
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogError(ex, "Streaming an answer failed");
                item = Event(Error, new { message = ApiProblems.Create(StatusCodes.Status500InternalServerError).Detail });
                last = null;
            }

            yield return item;
            if (item.EventType == Error)
            {
                yield break;
            }
        }

        if (last is not null)
        {
            yield return Event(Done, new { conversationId = last.ConversationId, turn = last.Turn });
        }
    }

    private (SseItem<string>, ChatResponse) Final(ChatResponse response) => (Event(Answer, response), response);

    private SseItem<string> Event<T>(string type, T data) => new(JsonSerializer.Serialize(data, json), type);
}
