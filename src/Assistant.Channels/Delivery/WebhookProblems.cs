using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Assistant.Channels.Delivery;

/// <summary>Problem JSON (RFC 9457) with Vietnamese title and detail for webhook refusals, like the rest of the API.</summary>
public static class WebhookProblems
{
    /// <summary>400: the body is not the platform's event JSON.</summary>
    public static IResult BadBody() => Problem(StatusCodes.Status400BadRequest, "Yêu cầu không hợp lệ", "Nội dung gửi lên không phải sự kiện hợp lệ.");

    /// <summary>400: a signed event whose time is outside the accepted window (a replay, or a wrong clock).</summary>
    public static IResult Stale() => Problem(StatusCodes.Status400BadRequest, "Yêu cầu không hợp lệ", "Sự kiện đã quá cũ hoặc có thời điểm không hợp lệ.");

    /// <summary>401: the request carries no secret or signature.</summary>
    public static IResult Unauthenticated() => Problem(StatusCodes.Status401Unauthorized, "Chưa xác thực", "Yêu cầu thiếu mã xác thực.");

    /// <summary>401: the bearer token is not valid for this request (signature, issuer, audience, lifetime, channel).</summary>
    public static IResult InvalidToken() => Problem(StatusCodes.Status401Unauthorized, "Chưa xác thực", "Mã xác thực không hợp lệ.");

    /// <summary>403: the secret or signature is wrong.</summary>
    public static IResult Forbidden() => Problem(StatusCodes.Status403Forbidden, "Không có quyền", "Mã xác thực không đúng.");

    /// <summary>503: the queue is full; the platform resends later.</summary>
    public static IResult Busy() => Problem(StatusCodes.Status503ServiceUnavailable, "Hệ thống đang bận", "Hệ thống đang bận. Vui lòng gửi lại sau.");

    private static IResult Problem(int status, string title, string detail) =>
        TypedResults.Problem(new ProblemDetails { Status = status, Title = title, Detail = detail });
}
