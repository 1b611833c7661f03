using Assistant.Reporting.Docx;
using Assistant.Reporting.Figures;
using Assistant.Review.Workflow;
using Assistant.Web.Insights;
using Assistant.Web.Review;
using Assistant.Web.Review.Pages;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.Extensions.Primitives;

namespace Assistant.Web.Reporting;

/// <summary><c>/review/report/periodic</c>: the periodic report form and its Word download (the period's figures, the plan's targets with the achieved values typed).</summary>
public static class PeriodicReportEndpoints
{
    /// <summary>Maps the page routes.</summary>
    public static void MapPeriodicReport(this IEndpointRouteBuilder app)
    {
        var pages = app.MapGroup("/review/report").RequireAuthorization(ReviewAuth.PagePolicy).ExcludeFromDescription();
        pages.MapGet("/periodic", (HttpContext http, PlanTargets targets, ReviewDirectory directory, ReviewClock clock, TimeProvider time) =>
        {
            var page = ReviewPageContext.Of(http);
            var (period, error) = PeriodQuery.Parse(http.Request.Query, clock.Zone, time.GetUtcNow());
            return period is null
                ? MessagePage.Result(StatusCodes.Status400BadRequest, "Kỳ không hợp lệ", error!, "/review/report/periodic", "Chọn lại kỳ", page)
                : Html.Result(PeriodicReportPage.Render(page, period, targets.Of(ScopeOf(page.Actor, period.Province)), directory.Provinces));
        });
        pages.MapPost("/periodic.docx", DownloadAsync);
    }

    private static async Task<IResult> DownloadAsync(HttpContext http, PeriodicReportBuilder builder, ReviewClock clock, TimeProvider time, IAntiforgery antiforgery, CancellationToken cancellationToken)
    {
        var page = ReviewPageContext.Of(http);
        if (!await antiforgery.IsRequestValidAsync(http))
        {
            return MessagePage.Result(StatusCodes.Status400BadRequest, "Biểu mẫu không hợp lệ", "Biểu mẫu thiếu mã chống giả mạo hoặc phiên làm việc đã hết hạn. Vui lòng tải lại trang rồi thử lại.", "/review/report/periodic", "Tải lại trang", page);
        }

        var form = await http.Request.ReadFormAsync(cancellationToken);
        var query = new QueryCollection(form.Keys.ToDictionary(k => k, k => form[k], StringComparer.Ordinal));
        var (period, error) = PeriodQuery.Parse(query, clock.Zone, time.GetUtcNow());
        if (period is null)
        {
            return MessagePage.Result(StatusCodes.Status400BadRequest, "Kỳ không hợp lệ", error!, "/review/report/periodic", "Chọn lại kỳ", page);
        }

        var report = await builder.BuildAsync(page.Actor, period.From, period.To, period.Province, cancellationToken);
        var achieved = form["achieved"];
        report = report with { Targets = [.. report.Targets.Select((t, i) => t with { Achieved = Achieved(achieved, i) })] };
        using var stream = new MemoryStream();
        PeriodicReportDocument.Write(report, clock.Zone, stream);
        return Results.File(stream.ToArray(), "application/vnd.openxmlformats-officedocument.wordprocessingml.document", $"bao-cao-{period.FromText(clock.Zone)}-{period.ToText(clock.Zone)}.docx");
    }

    private static string? Achieved(StringValues values, int index) =>
        index < values.Count && !string.IsNullOrWhiteSpace(values[index]) ? values[index]!.Trim()[..Math.Min(200, values[index]!.Trim().Length)] : null;

    private static string? ScopeOf(ReviewActor actor, string? province) => actor.SeesAll ? province : actor.Province;
}
