using Assistant.Core.Retrieval;
using Assistant.Review.Official;
using Assistant.Review.Workflow;
using Assistant.Web.Review;
using Assistant.Web.Review.Pages;
using Microsoft.AspNetCore.Antiforgery;

namespace Assistant.Web.Official;

/// <summary><c>/review/official-answers</c>: the dashboard pages of official answers (list, new draft, publish, withdraw).</summary>
public static class OfficialAnswerPageEndpoints
{
    private const int SearchResults = 8;

    /// <summary>Maps the page routes.</summary>
    public static void MapOfficialAnswerPages(this IEndpointRouteBuilder app)
    {
        var pages = app.MapGroup("/review/official-answers").RequireAuthorization(ReviewAuth.PagePolicy).ExcludeFromDescription();
        pages.MapGet("", ListAsync);
        pages.MapGet("/new", (HttpContext http, IRetriever retriever, ReviewDirectory directory) =>
        {
            var form = OfficialAnswerForm.Of(http.Request.Query);
            var search = form.Search is { } q ? retriever.Search(q, SearchResults) : null;
            return Html.Result(OfficialAnswerPage.New(ReviewPageContext.Of(http), form, search, directory.Provinces));
        });
        pages.MapPost("", CreateAsync);
        pages.MapPost("/{id:long}/publish", (HttpContext http, long id, OfficialAnswerService answers, CancellationToken ct) =>
            ChangeAsync(http, (actor, version) => answers.PublishAsync(actor, id, version, ct)));
        pages.MapPost("/{id:long}/withdraw", (HttpContext http, long id, OfficialAnswerService answers, CancellationToken ct) =>
            ChangeAsync(http, (actor, version) => answers.WithdrawAsync(actor, id, version, ct)));
    }

    private static async Task<IResult> ListAsync(HttpContext http, OfficialAnswerService answers, ReviewDirectory directory, CancellationToken cancellationToken)
    {
        var page = ReviewPageContext.Of(http);
        return Html.Result(OfficialAnswerPage.List(page, await answers.ListAsync(page.Actor, cancellationToken), directory.Provinces));
    }

    private static Task<IResult> CreateAsync(HttpContext http, OfficialAnswerService answers, CancellationToken cancellationToken) =>
        FormAsync(http, async (actor, form) =>
        {
            var citations = form["citation"].Select(c => c!.Split('|', 2)).Select(p => new CitationRef(p[0], p.Length > 1 ? p[1] : null)).ToList();
            var paraphrases = form["paraphrases"].ToString().Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            var province = string.IsNullOrWhiteSpace(form["province"]) ? null : form["province"].ToString();
            var topic = string.IsNullOrWhiteSpace(form["topic"]) ? null : form["topic"].ToString();
            await answers.CreateAsync(actor, new OfficialAnswerInput(form["question"], form["answer"], province, citations, paraphrases, topic), cancellationToken);
        });

    private static Task<IResult> ChangeAsync(HttpContext http, Func<ReviewActor, long?, Task> change) =>
        FormAsync(http, (actor, form) => change(actor, long.TryParse(form["version"], out var version) ? version : null));

    private static async Task<IResult> FormAsync(HttpContext http, Func<ReviewActor, IFormCollection, Task> action)
    {
        var page = ReviewPageContext.Of(http);
        if (!await http.RequestServices.GetRequiredService<IAntiforgery>().IsRequestValidAsync(http))
        {
            return MessagePage.Result(StatusCodes.Status400BadRequest, "Biểu mẫu không hợp lệ", "Biểu mẫu thiếu mã chống giả mạo hoặc phiên làm việc đã hết hạn. Vui lòng tải lại trang rồi thử lại.", "/review/official-answers", "Tải lại trang", page);
        }

        try
        {
            await action(page.Actor, await http.Request.ReadFormAsync(http.RequestAborted));
            return Results.Redirect("/review/official-answers");
        }
        catch (ReviewException exception)
        {
            var status = exception.Kind switch
            {
                ReviewErrorKind.NotFound => StatusCodes.Status404NotFound,
                ReviewErrorKind.Conflict => StatusCodes.Status409Conflict,
                _ => StatusCodes.Status400BadRequest,
            };
            return MessagePage.Result(status, "Không thực hiện được", exception.Message, "/review/official-answers", "Về danh sách giải đáp", page);
        }
    }
}
