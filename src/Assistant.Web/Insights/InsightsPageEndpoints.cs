using Assistant.Review.Insights;
using Assistant.Review.Workflow;
using Assistant.Web.Review;
using Assistant.Web.Review.Pages;
using Microsoft.AspNetCore.Antiforgery;

namespace Assistant.Web.Insights;

/// <summary><c>/review/insights</c>: the information-gaps page and its "mark handled" form.</summary>
public static class InsightsPageEndpoints
{
    /// <summary>Maps the page routes.</summary>
    public static void MapInsightsPages(this IEndpointRouteBuilder app)
    {
        var pages = app.MapGroup("/review/insights").RequireAuthorization(ReviewAuth.PagePolicy).ExcludeFromDescription();
        pages.MapGet("", PageAsync);
        pages.MapPost("/handled", HandledAsync);
    }

    private static async Task<IResult> PageAsync(HttpContext http, ReviewDirectory directory, CancellationToken cancellationToken)
    {
        var page = ReviewPageContext.Of(http);
        var (report, period, error) = await InsightsEndpoints.BuildAsync(http, cancellationToken);
        return report is null
            ? MessagePage.Result(StatusCodes.Status400BadRequest, "Kỳ không hợp lệ", error!, "/review/insights", "Xem 30 ngày gần nhất", page)
            : Html.Result(InsightsPage.Render(page, report, period!, directory.Provinces));
    }

    private static async Task<IResult> HandledAsync(HttpContext http, InsightsService insights, IAntiforgery antiforgery, CancellationToken cancellationToken)
    {
        var page = ReviewPageContext.Of(http);
        if (!await antiforgery.IsRequestValidAsync(http))
        {
            return MessagePage.Result(StatusCodes.Status400BadRequest, "Biểu mẫu không hợp lệ", "Biểu mẫu thiếu mã chống giả mạo hoặc phiên làm việc đã hết hạn. Vui lòng tải lại trang rồi thử lại.", "/review/insights", "Tải lại trang", page);
        }

        var form = await http.Request.ReadFormAsync(cancellationToken);
        try
        {
            await insights.MarkHandledAsync(page.Actor, form["topic"].ToString(), cancellationToken);
            return Results.Redirect("/review/insights");
        }
        catch (ReviewException exception)
        {
            return MessagePage.Result(StatusCodes.Status400BadRequest, "Không thực hiện được", exception.Message, "/review/insights", "Quay lại", page);
        }
    }
}
