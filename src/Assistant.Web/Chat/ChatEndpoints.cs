using System.Text.RegularExpressions;
using Assistant.Core.Conversations;
using Assistant.Web.Api;
using Assistant.Web.Operations;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Assistant.Web.Chat;

/// <summary><c>POST /api/chat</c> (one JSON answer) and <c>POST /api/chat/stream</c> (Server-Sent Events).</summary>
public static partial class ChatEndpoints
{
    /// <summary>Channel name of the web page and API in conversation keys.</summary>
    public const string Channel = "web";

    /// <summary>Maps the chat endpoints on <paramref name="api"/>.</summary>
    public static void MapChat(this RouteGroupBuilder api)
    {
        api.MapPost("/chat", AskAsync)
            .WithName("Chat")
            .WithSummary("Trả lời một câu hỏi từ các văn bản chính thức")
            .Accepts<ChatRequest>("application/json")
            .Produces<ChatResponse>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        api.MapPost("/chat/stream", Stream)
            .WithName("ChatStream")
            .WithSummary("Trả lời dạng luồng (Server-Sent Events: delta, answer, done, error)")
            .Accepts<ChatRequest>("application/json")
            .Produces(StatusCodes.Status200OK, contentType: "text/event-stream")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
    }

    private static async Task<IResult> AskAsync(HttpContext http, IConversationService conversations, IOptions<LimitsOptions> limits, CancellationToken cancellationToken)
    {
        var (request, problem) = await ReadAsync(http, limits.Value, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var reply = await conversations.AskAsync(request!.Key, request.Question, cancellationToken);
        return TypedResults.Ok(ChatResponse.From(reply, request.IncludePassages));
    }

    private static async Task<IResult> Stream(
        HttpContext http,
        IConversationService conversations,
        IOptions<LimitsOptions> limits,
        IOptions<JsonOptions> json,
        IHostApplicationLifetime lifetime,
        ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        var (request, problem) = await ReadAsync(http, limits.Value, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        var events = new ChatEventStream(conversations, json.Value.SerializerOptions, loggers.CreateLogger(typeof(ChatEventStream)));
        // A stopping server ends open streams so that shutdown does not wait on them.
        var stopping = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, lifetime.ApplicationStopping);
        http.Response.RegisterForDispose(stopping);
        return TypedResults.ServerSentEvents(events.RunAsync(request!, stopping.Token));
    }

    private static async Task<(ValidChatRequest? Request, IResult? Problem)> ReadAsync(HttpContext http, LimitsOptions limits, CancellationToken cancellationToken)
    {
        var (body, problem) = await JsonBody.ReadAsync<ChatRequest>(http.Request, cancellationToken);
        if (problem is not null)
        {
            return (null, problem);
        }

        var question = body!.Question?.Trim();
        if (string.IsNullOrEmpty(question))
        {
            return (null, ApiProblems.Result(StatusCodes.Status400BadRequest, "Vui lòng nhập câu hỏi (trường \"question\" không được để trống)."));
        }

        if (question.Length > limits.MaxQuestionLength)
        {
            return (null, ApiProblems.Result(
                StatusCodes.Status400BadRequest,
                $"Câu hỏi quá dài ({question.Length} ký tự). Vui lòng hỏi ngắn gọn trong tối đa {limits.MaxQuestionLength} ký tự."));
        }

        var conversationId = body.ConversationId is { } id && ConversationIdFormat().IsMatch(id) ? id : Guid.NewGuid().ToString("N");
        return (new ValidChatRequest(new ConversationKey(Channel, conversationId), question, body.IncludePassages), null);
    }

    [GeneratedRegex("^[A-Za-z0-9_-]{8,64}$")]
    private static partial Regex ConversationIdFormat();
}
