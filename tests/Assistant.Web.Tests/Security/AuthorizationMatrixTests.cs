using System.Net.Http.Json;
using System.Text;
using Assistant.Web.Tests.Review;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Assistant.Web.Tests.Security;

/// <summary>The review site with both chat channels on, so their webhooks are among the routes.</summary>
public sealed class MatrixSite : ReviewSite
{
    /// <inheritdoc />
    protected override IEnumerable<KeyValuePair<string, string>> MoreSettings => new Dictionary<string, string>
    {
        ["Channels:Telegram:Enabled"] = "true",
        ["Channels:Telegram:BotToken"] = "42:abc",
        ["Channels:Telegram:SecretToken"] = "bi-mat",
        ["Channels:Telegram:ApiBaseUrl"] = "http://127.0.0.1:9",
        ["Channels:Zalo:Enabled"] = "true",
        ["Channels:Zalo:AppId"] = "123",
        ["Channels:Zalo:AppSecret"] = "s",
        ["Channels:Zalo:OaSecretKey"] = "k",
        ["Channels:Zalo:RefreshToken"] = "r",
        ["Channels:Zalo:OpenApiBaseUrl"] = "http://127.0.0.1:9",
        ["Channels:Zalo:OAuthBaseUrl"] = "http://127.0.0.1:9",
        ["Channels:BotFramework:Enabled"] = "true",
        ["Channels:BotFramework:AppId"] = "5f0c1b8e-3a4d-4e6f-9b2a-7c8d9e0f1a2b",
        ["Channels:BotFramework:AppPassword"] = "p",
        ["Channels:BotFramework:OpenIdMetadataUrl"] = "http://127.0.0.1:9/v1/.well-known/openidconfiguration",
        ["Channels:BotFramework:TokenEndpoint"] = "http://127.0.0.1:9/token",
    };
}

/// <summary>
/// Every route of the running app (read from its <see cref="EndpointDataSource"/>) × every kind of caller → the expected
/// status. A route without a row here fails the test, so a new route cannot be added without saying who may call it.
/// Changes use a stale version (0): a caller allowed to change gets 409 and nothing changes; an escalation without a
/// note gets 400 and nothing changes.
/// </summary>
public sealed class AuthorizationMatrixTests(MatrixSite site) : IClassFixture<MatrixSite>
{
    private const string Login = "302 /review/login";

    /// <summary>The callers, in the order of the columns below.</summary>
    private static readonly string[] Callers = ["anonymous", "ct", "ls", "admin", "key review:read", "key review:write", "key posts:write", "ct + key review:read"];

    private static readonly string[] Everyone200 = Same("200");
    private static readonly string[] ApiList = ["401", "200", "200", "200", "200", "200", "403", "200"];
    private static readonly string[] ApiItem = ["401", "200", "404", "200", "200", "200", "403", "200"];
    private static readonly string[] ApiChange = ["401", "409", "404", "409", "403", "409", "403", "403"];
    private static readonly string[] Page = [Login, "200", "200", "200", Login, Login, Login, "200"];
    private static readonly string[] PageItem = [Login, "200", "404", "200", Login, Login, Login, "200"];
    private static readonly string[] PageChange = [Login, "409", "404", "409", Login, Login, Login, "400"];
    private static readonly string[] AdminPage = [Login, "403", "403", "200", Login, Login, Login, "403"];
    private static readonly string[] AdminMissing = [Login, "403", "403", "404", Login, Login, Login, "403"];
    private static readonly string[] AdminChange = [Login, "403", "403", "400", Login, Login, Login, "403"];

    /// <summary>Expected answer per route ("METHOD pattern") and caller; a cookie caller sends its antiforgery token, except "ct + key".</summary>
    private static readonly Dictionary<string, string[]> Expected = new()
    {
        ["GET /healthz"] = Everyone200,
        ["GET /readyz"] = Everyone200,
        ["GET /openapi/{documentName}.json"] = Everyone200,
        ["POST /api/chat"] = Everyone200,
        ["POST /api/chat/stream"] = Everyone200,
        ["POST /api/feedback"] = Same("404"),
        ["POST /api/posts"] = ["401", "401", "401", "401", "403", "403", "202", "403"],
        ["POST /webhooks/telegram"] = Same("401"),
        ["POST /webhooks/zalo"] = Same("401"),
        ["POST /api/messages"] = Same("401"),
        ["GET /review/login"] = ["200", "302 /review", "302 /review", "302 /review", "200", "200", "200", "302 /review"],
        ["POST /review/login"] = Same("400"),
        ["POST /review/logout"] = [Login, Login, Login, Login, Login, Login, Login, "400"],
        ["GET /review/"] = Page,
        ["GET /review/items/{id:long}"] = PageItem,
        ["GET /review/items/{id:long}/claimreview.json"] = PageItem,
        ["GET /review/export.csv"] = Page,
        ["GET /review/export/training.jsonl"] = Page,
        ["GET /review/report"] = Page,
        ["POST /review/items/{id:long}/assign"] = PageChange,
        ["POST /review/items/{id:long}/state"] = PageChange,
        ["POST /review/items/{id:long}/verdict"] = PageChange,
        ["POST /review/items/{id:long}/note"] = PageChange,
        ["POST /review/items/{id:long}/draft"] = PageChange,
        ["GET /api/review/items"] = ApiList,
        ["GET /api/review/items/{id:long}"] = ApiItem,
        ["GET /api/review/items/{id:long}/claimreview"] = ApiItem,
        ["GET /api/review/export.csv"] = ApiList,
        ["GET /api/review/export/training"] = ApiList,
        ["GET /api/review/report"] = ApiList,
        ["GET /api/review/antiforgery"] = ApiList,
        ["POST /api/review/items/{id:long}/assign"] = ApiChange,
        ["POST /api/review/items/{id:long}/state"] = ApiChange,
        ["POST /api/review/items/{id:long}/verdict"] = ApiChange,
        ["POST /api/review/items/{id:long}/notes"] = ApiChange,
        ["POST /api/review/items/{id:long}/draft"] = ApiChange,
        ["GET /review/posts/"] = Page,
        ["POST /review/posts/{id:long}/escalate"] = [Login, "400", "400", "400", Login, Login, Login, "400"],
        ["GET /api/review/posts"] = ApiList,
        ["POST /api/review/posts/{id:long}/escalate"] = ["401", "400", "400", "400", "403", "400", "403", "403"],
        ["GET /api/official-answers/"] = ApiList,
        ["GET /api/insights/questions"] = ApiList,
        ["GET /review/insights/"] = Page,
        ["GET /review/report/periodic"] = Page,
        ["POST /review/report/periodic.docx"] = [Login, "200", "200", "200", Login, Login, Login, "400"],
        ["POST /review/insights/handled"] = [Login, "400", "400", "400", Login, Login, Login, "400"],
        ["GET /review/official-answers/"] = Page,
        ["GET /review/official-answers/new"] = Page,
        ["POST /review/official-answers/"] = [Login, "400", "400", "400", Login, Login, Login, "400"],
        ["POST /review/official-answers/{id:long}/publish"] = [Login, "400", "400", "404", Login, Login, Login, "400"],
        ["POST /review/official-answers/{id:long}/withdraw"] = [Login, "400", "400", "404", Login, Login, Login, "400"],
        ["GET /api/official-answers/{id:long}"] = ["401", "404", "404", "404", "404", "404", "403", "404"],
        ["POST /api/official-answers/"] = ["401", "400", "400", "400", "403", "403", "403", "403"],
        ["POST /api/official-answers/{id:long}/publish"] = ["401", "403", "403", "404", "403", "403", "403", "403"],
        ["POST /api/official-answers/{id:long}/withdraw"] = ["401", "403", "403", "404", "403", "403", "403", "403"],
        ["GET /admin/documents/"] = AdminPage,
        ["POST /admin/documents/upload"] = AdminChange,
        ["GET /admin/documents/drafts/{token}"] = AdminMissing,
        ["POST /admin/documents/drafts/{token}/metadata"] = AdminChange,
        ["POST /admin/documents/drafts/{token}/publish"] = AdminChange,
        ["POST /admin/documents/{id}/unpublish"] = AdminChange,
        ["POST /admin/documents/unpublished/{fileName}/publish"] = AdminChange,
    };

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task EveryRoute_EveryCaller_GetsTheExpectedStatus()
    {
        var routes = Routes();
        Assert.Empty(routes.Except(Expected.Keys));
        Assert.Empty(Expected.Keys.Except(routes));

        var id = await JudgedCanThoItemAsync();
        var failures = new List<string>();
        for (var column = 0; column < Callers.Length; column++)
        {
            var (client, csrf) = await CallerAsync(Callers[column]);
            using (client)
            {
                foreach (var route in routes.OrderBy(r => r.EndsWith("/logout", StringComparison.Ordinal)))
                {
                    var actual = await SendAsync(client, csrf, route, id);
                    if (actual != Expected[route][column])
                    {
                        failures.Add($"{route} as {Callers[column]}: expected {Expected[route][column]}, got {actual}");
                    }
                }
            }
        }

        Assert.Empty(failures);
        var item = await ReviewSite.GetJsonAsync(site.ApiClient(ReviewSite.ReadKey), $"/api/review/items/{id}");
        Assert.Equal(["tao_muc", "phan_cong", "ket_luan"], item.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("action").GetString()));
    }

    private static string[] Same(string status) => Enumerable.Repeat(status, Callers.Length).ToArray();

    /// <summary>"METHOD pattern" of every route endpoint the app serves.</summary>
    private List<string> Routes() =>
        site.App.App.Services.GetRequiredService<EndpointDataSource>().Endpoints
            .OfType<RouteEndpoint>()
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["GET"]).Select(m => $"{m} {e.RoutePattern.RawText}"))
            .Distinct()
            .ToList();

    /// <summary>A Cần Thơ item with a verdict (so its ClaimReview exists).</summary>
    private async Task<long> JudgedCanThoItemAsync()
    {
        var id = await site.SubmitAsync("Cần Thơ cắt toàn bộ kinh phí truyền thông Nghị quyết 71", 0.8);
        using var writer = site.ApiClient(ReviewSite.WriteKey);
        var version = (await ReviewSite.GetJsonAsync(writer, $"/api/review/items/{id}")).GetProperty("item").GetProperty("version").GetInt64();
        using var judged = await writer.PostAsJsonAsync($"/api/review/items/{id}/verdict", new { version, verdict = "sai_su_that" }, Ct);
        Assert.Equal(System.Net.HttpStatusCode.OK, judged.StatusCode);
        return id;
    }

    /// <summary>The caller's client and, for a cookie caller that sends one, its antiforgery token.</summary>
    private async Task<(HttpClient Client, string? Csrf)> CallerAsync(string caller)
    {
        if (caller.StartsWith("key ", StringComparison.Ordinal))
        {
            return (site.ApiClient(KeyOf(caller[4..])), null);
        }

        if (caller == "anonymous")
        {
            return (site.ApiClient(), null);
        }

        var login = caller.Split(' ')[0];
        var client = await site.LoginAsync(login);
        if (caller.Contains(" + key ", StringComparison.Ordinal))
        {
            client.DefaultRequestHeaders.Add("X-Api-Key", KeyOf(caller.Split(" + key ")[1]));
            return (client, null);
        }

        var token = await ReviewSite.GetJsonAsync(client, "/api/review/antiforgery");
        return (client, token.GetProperty("token").GetString());
    }

    private static string KeyOf(string scope) => scope switch
    {
        "review:read" => ReviewSite.ReadKey,
        "review:write" => ReviewSite.WriteKey,
        _ => ReviewSite.PostsKey,
    };

    /// <summary>Sends a plausible request to the route and returns the status ("302 /path" for a redirect).</summary>
    private static async Task<string> SendAsync(HttpClient client, string? csrf, string route, long id)
    {
        var (method, pattern) = (route[..route.IndexOf(' ', StringComparison.Ordinal)], route[(route.IndexOf(' ', StringComparison.Ordinal) + 1)..]);
        var path = pattern.Replace("{id:long}", id.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{documentName}", "v1", StringComparison.Ordinal);
        using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = method == "POST" ? BodyOf(path, csrf) : null };
        if (csrf is not null && (path.StartsWith("/api/review/", StringComparison.Ordinal) || path.StartsWith("/api/official-answers", StringComparison.Ordinal)))
        {
            request.Headers.Add("X-CSRF-TOKEN", csrf);
        }

        using var response = await client.SendAsync(request, Ct);
        var status = ((int)response.StatusCode).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return response.Headers.Location is { } location
            ? $"{status} {(location.IsAbsoluteUri ? location.AbsolutePath : location.OriginalString.Split('?')[0])}"
            : status;
    }

    private static HttpContent BodyOf(string path, string? csrf)
    {
        if (path.StartsWith("/review/", StringComparison.Ordinal))
        {
            var form = new Dictionary<string, string> { ["version"] = "0", ["login"] = "ct", ["state"] = "dang_xu_ly", ["verdict"] = "chinh_xac", ["text"] = "ghi chú" };
            if (csrf is not null && !path.EndsWith("/login", StringComparison.Ordinal))
            {
                form["__RequestVerificationToken"] = csrf;
            }

            return new FormUrlEncodedContent(form);
        }

        var json = path switch
        {
            "/api/chat" or "/api/chat/stream" => """{"question":"Nghị quyết 71 ban hành ngày nào?"}""",
            "/api/feedback" => """{"conversationId":"khong-co","turn":1,"rating":"up"}""",
            "/api/posts" => "[]",
            _ when path.StartsWith("/webhooks/", StringComparison.Ordinal) => "{}",
            _ when path.EndsWith("/assign", StringComparison.Ordinal) => """{"version":0,"login":"ct"}""",
            _ when path.EndsWith("/state", StringComparison.Ordinal) => """{"version":0,"state":"dang_xu_ly"}""",
            _ when path.EndsWith("/verdict", StringComparison.Ordinal) => """{"version":0,"verdict":"chinh_xac"}""",
            _ when path.EndsWith("/escalate", StringComparison.Ordinal) => """{"note":""}""",
            "/api/official-answers/" => "{}",
            _ when path.StartsWith("/api/official-answers/", StringComparison.Ordinal) => """{"version":0}""",
            _ => """{"version":0,"text":"ghi chú"}""",
        };
        return new StringContent(json, Encoding.UTF8, "application/json");
    }
}
