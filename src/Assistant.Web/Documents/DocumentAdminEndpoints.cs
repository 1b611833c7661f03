using Assistant.Core.Configuration;
using Assistant.Core.Provinces;
using Assistant.Retrieval.Corpus;
using Assistant.Retrieval.Corpus.Metadata;
using Assistant.Review.Accounts;
using Assistant.Web.Documents.Pages;
using Assistant.Web.Review;
using Assistant.Web.Review.Pages;
using Assistant.Web.Storage;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace Assistant.Web.Documents;

/// <summary>
/// The admin page <c>/admin/documents</c>: the review dashboard's login (admin role only) and antiforgery rules; every
/// change is a form post redirected back (post/redirect/get); refusals are Vietnamese pages with a 4xx status.
/// </summary>
public static class DocumentAdminEndpoints
{
    /// <summary>Room for the form's other fields and multipart headers beside the file itself.</summary>
    private const long FormOverheadBytes = 64 * 1024;

    /// <summary>Maps the pages.</summary>
    public static void MapDocumentAdmin(this IEndpointRouteBuilder app)
    {
        var pages = app.MapGroup("/admin/documents").RequireAuthorization(ReviewAuth.PagePolicy).ExcludeFromDescription()
            .AddEndpointFilter(async (context, next) =>
                ReviewAuth.ActorOf(context.HttpContext.User).Role == ReviewRoles.Admin
                    ? await next(context)
                    : MessagePage.Result(StatusCodes.Status403Forbidden, "Không có quyền", "Chỉ quản trị viên được quản lý văn bản.", "/review", "Về hàng đợi", null));
        pages.MapGet("/", ListAsync);
        pages.MapPost("/upload", UploadAsync);
        pages.MapGet("/drafts/{token}", DraftAsync);
        pages.MapPost("/drafts/{token}/metadata", (HttpContext http, string token, IDocumentLibrary library) =>
            ChangeAsync(http, $"/admin/documents/drafts/{token}", form => { library.Correct(token, MetadataOf(form)); return Task.CompletedTask; }));
        pages.MapPost("/drafts/{token}/publish", (HttpContext http, string token, IDocumentLibrary library) =>
            ChangeAsync(http, "/admin/documents", form => library.PublishAsync(token, form["replaces"].ToString() is { Length: > 0 } id ? id : null, http.RequestAborted)));
        pages.MapPost("/{id}/unpublish", (HttpContext http, string id, IDocumentLibrary library) =>
            ChangeAsync(http, "/admin/documents", _ => library.UnpublishAsync(id, http.RequestAborted)));
        pages.MapPost("/unpublished/{fileName}/publish", (HttpContext http, string fileName, IDocumentLibrary library) =>
            ChangeAsync(http, "/admin/documents", _ => library.RepublishAsync(fileName, http.RequestAborted)));
    }

    private static async Task<IResult> ListAsync(HttpContext http, IDocumentLibrary library, ConversationStore conversations, CorpusLoader loader, CancellationToken cancellationToken) =>
        Html.Result(DocumentListPage.Render(ReviewPageContext.Of(http), library.List(), await conversations.CitingAnswerCountsAsync(cancellationToken), loader.Extensions));

    private static IResult DraftAsync(HttpContext http, string token, IDocumentLibrary library, ProvinceDirectory provinces)
    {
        try
        {
            var published = library.List().Where(e => e.State == LibraryState.Published).ToList();
            return Html.Result(DocumentPreviewPage.Render(ReviewPageContext.Of(http), token, library.Draft(token), provinces.All, published));
        }
        catch (DocumentLibraryException exception)
        {
            return Refused(exception);
        }
    }

    private static async Task<IResult> UploadAsync(HttpContext http, IDocumentLibrary library, IAntiforgery antiforgery, IOptions<CorpusOptions> corpus, ILoggerFactory logs)
    {
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = corpus.Value.MaxFileBytes + FormOverheadBytes;
        }

        try
        {
            if (!await antiforgery.IsRequestValidAsync(http))
            {
                return InvalidForm();
            }

            var form = await http.Request.ReadFormAsync(http.RequestAborted);
            if (form.Files.GetFile("file") is not { Length: > 0 } file)
            {
                return Refused(new DocumentLibraryException("Hãy chọn một tệp để tải lên."));
            }

            await using var content = file.OpenReadStream();
            var token = await library.UploadAsync(file.FileName, content, http.RequestAborted);
            return Results.Redirect($"/admin/documents/drafts/{token}");
        }
        catch (DocumentLibraryException exception)
        {
            return Refused(exception);
        }
        catch (Exception exception) when (exception is InvalidDataException or BadHttpRequestException or AntiforgeryValidationException { InnerException: BadHttpRequestException })
        {
            logs.CreateLogger(typeof(DocumentAdminEndpoints)).LogWarning("Upload refused: {Problem}", exception.Message);
            return Refused(new DocumentLibraryException("Tệp quá lớn hoặc biểu mẫu tải lên không hợp lệ.", StatusCodes.Status413PayloadTooLarge));
        }

    }

    private static async Task<IResult> ChangeAsync(HttpContext http, string back, Func<IFormCollection, Task> change)
    {
        if (!await http.RequestServices.GetRequiredService<IAntiforgery>().IsRequestValidAsync(http))
        {
            return InvalidForm();
        }

        try
        {
            await change(await http.Request.ReadFormAsync(http.RequestAborted));
            return Results.Redirect(back);
        }
        catch (DocumentLibraryException exception)
        {
            return Refused(exception);
        }
    }

    private static DocumentMetadata MetadataOf(IFormCollection form) => new()
    {
        Title = form["title"].ToString(),
        Issuer = form["issuer"].ToString(),
        Province = form["province"].ToString(),
        Kind = form["kind"].ToString(),
        Number = form["number"].ToString(),
        Date = form["date"].ToString(),
        DateNote = form["dateNote"].ToString(),
        Signer = form["signer"].ToString(),
    };

    private static IResult Refused(DocumentLibraryException exception) =>
        MessagePage.Result(exception.Status, "Không thực hiện được", exception.Message, "/admin/documents", "Về danh sách văn bản", null);

    private static IResult InvalidForm() => MessagePage.Result(
        StatusCodes.Status400BadRequest,
        "Biểu mẫu không hợp lệ",
        "Biểu mẫu thiếu mã chống giả mạo hoặc phiên làm việc đã hết hạn. Vui lòng tải lại trang rồi thử lại.",
        "/admin/documents",
        "Tải lại danh sách văn bản",
        null);
}
