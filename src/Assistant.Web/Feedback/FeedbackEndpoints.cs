using Assistant.Core.Conversations;
using Assistant.Web.Api;
using Assistant.Web.Chat;
using Assistant.Answering.Conversation;
using Assistant.Web.Operations;
using Assistant.Web.Storage;
using Microsoft.Extensions.Options;

namespace Assistant.Web.Feedback;

/// <summary><c>POST /api/feedback</c>: stores a rating of an answer of a live conversation.</summary>
public static class FeedbackEndpoints
{
    /// <summary>Maps the feedback endpoint on <paramref name="api"/>.</summary>
    public static void MapFeedback(this RouteGroupBuilder api) =>
        api.MapPost("/feedback", SaveAsync)
            .WithName("Feedback")
            .WithSummary("Ghi nhận đánh giá (hữu ích / chưa hữu ích) cho một câu trả lời")
            .Accepts<FeedbackRequest>("application/json")
            .Produces<FeedbackResponse>()
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

    private static async Task<IResult> SaveAsync(
        HttpContext http,
        ConversationMemory memory,
        ConversationStore store,
        IOptions<LimitsOptions> limits,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        var (body, problem) = await JsonBody.ReadAsync<FeedbackRequest>(http.Request, cancellationToken);
        if (problem is not null)
        {
            return problem;
        }

        if (body!.Rating is not ("up" or "down"))
        {
            return ApiProblems.Result(StatusCodes.Status400BadRequest, "Đánh giá phải là \"up\" (hữu ích) hoặc \"down\" (chưa hữu ích).");
        }

        var comment = string.IsNullOrWhiteSpace(body.Comment) ? null : body.Comment.Trim();
        if (comment?.Length > limits.Value.MaxCommentLength)
        {
            return ApiProblems.Result(StatusCodes.Status400BadRequest, $"Góp ý quá dài. Vui lòng viết trong tối đa {limits.Value.MaxCommentLength} ký tự.");
        }

        var conversation = string.IsNullOrWhiteSpace(body.ConversationId) ? null : memory.Find(new ConversationKey(ChatEndpoints.Channel, body.ConversationId));
        var (turn, answerId) = conversation is null ? (null, null) : Locate(conversation, body);
        if (turn is null || answerId is null)
        {
            return ApiProblems.Result(StatusCodes.Status404NotFound, "Không tìm thấy câu trả lời cần đánh giá; cuộc trò chuyện có thể đã hết hạn.");
        }

        await store.SaveFeedbackAsync(conversation!.Id, turn.Value, answerId, body.Rating, comment, time.GetUtcNow(), cancellationToken);
        return TypedResults.Ok(new FeedbackResponse("Cảm ơn bạn đã góp ý!"));
    }

    private static (int? Turn, string? AnswerId) Locate(Conversation conversation, FeedbackRequest body)
    {
        if (body.AnswerId is { } answerId)
        {
            return (conversation.TurnOf(answerId), answerId);
        }

        return body.Turn is { } turn ? (turn, conversation.AnswerIdOf(turn)) : (null, null);
    }
}
