using Microsoft.AspNetCore.Mvc;

namespace Assistant.Web.Api;

/// <summary>Problem JSON (RFC 9457) with Vietnamese title and detail: the only error shape the API returns.</summary>
public static class ApiProblems
{
    /// <summary>A problem result with <paramref name="status"/> and a Vietnamese <paramref name="detail"/>.</summary>
    public static IResult Result(int status, string detail) => TypedResults.Problem(Create(status, detail));

    /// <summary>The problem body for <paramref name="status"/>; <paramref name="detail"/> defaults to the status's usual sentence.</summary>
    public static ProblemDetails Create(int status, string? detail = null) => new()
    {
        Status = status,
        Title = TitleOf(status),
        Detail = detail ?? DetailOf(status),
    };

    /// <summary>Writes the problem for <paramref name="status"/> to a response that has not started.</summary>
    public static Task WriteAsync(HttpContext http, int status, string? detail = null)
    {
        http.Response.StatusCode = status;
        return Results.Problem(Create(status, detail)).ExecuteAsync(http);
    }

    private static string TitleOf(int status) => status switch
    {
        StatusCodes.Status400BadRequest => "Yêu cầu không hợp lệ",
        StatusCodes.Status401Unauthorized => "Chưa xác thực",
        StatusCodes.Status403Forbidden => "Không có quyền",
        StatusCodes.Status404NotFound => "Không tìm thấy",
        StatusCodes.Status405MethodNotAllowed => "Phương thức không được hỗ trợ",
        StatusCodes.Status413PayloadTooLarge => "Nội dung quá lớn",
        StatusCodes.Status415UnsupportedMediaType => "Định dạng không được hỗ trợ",
        StatusCodes.Status429TooManyRequests => "Quá nhiều yêu cầu",
        StatusCodes.Status503ServiceUnavailable => "Hệ thống chưa sẵn sàng",
        >= 500 => "Lỗi hệ thống",
        _ => "Yêu cầu không thực hiện được",
    };

    private static string DetailOf(int status) => status switch
    {
        StatusCodes.Status400BadRequest => "Yêu cầu gửi lên không hợp lệ.",
        StatusCodes.Status404NotFound => "Địa chỉ này không tồn tại.",
        StatusCodes.Status405MethodNotAllowed => "Địa chỉ này không nhận phương thức bạn dùng.",
        StatusCodes.Status413PayloadTooLarge => "Nội dung gửi lên quá lớn. Vui lòng rút gọn rồi gửi lại.",
        StatusCodes.Status415UnsupportedMediaType => "Vui lòng gửi nội dung dạng JSON (Content-Type: application/json).",
        StatusCodes.Status429TooManyRequests => "Bạn đã gửi quá nhiều câu hỏi trong thời gian ngắn. Vui lòng thử lại sau ít phút.",
        StatusCodes.Status503ServiceUnavailable => "Hệ thống đang khởi động hoặc tạm thời quá tải. Vui lòng thử lại sau.",
        >= 500 => "Đã có lỗi xảy ra phía hệ thống. Vui lòng thử lại sau.",
        _ => "Yêu cầu không thực hiện được.",
    };
}
