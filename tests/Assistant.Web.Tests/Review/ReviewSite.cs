using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Assistant.Core.Monitoring;
using Assistant.Core.Storage;
using Assistant.Review.Accounts;
using Microsoft.Extensions.DependencyInjection;

namespace Assistant.Web.Tests.Review;

/// <summary>The real web host with review accounts, API keys and flagged posts from two provinces.</summary>
public partial class ReviewSite : IAsyncLifetime
{
    /// <summary>A key with <c>review:read</c>.</summary>
    public const string ReadKey = "doc-chi-doc-0123456789abcdef";

    /// <summary>A key with <c>review:write</c>.</summary>
    public const string WriteKey = "ghi-va-doc-0123456789abcdef";

    /// <summary>A key with <c>posts:write</c> only.</summary>
    public const string PostsKey = "gui-bai-viet-0123456789abcdef";

    /// <summary>Passwords of the seeded accounts (login → password).</summary>
    public static readonly IReadOnlyDictionary<string, string> Passwords = new Dictionary<string, string>
    {
        ["admin"] = "mat-khau-quan-tri",
        ["ct"] = "mat-khau-can-tho",
        ["ls"] = "mat-khau-lang-son",
    };

    private RunningApp? app;
    private int posts;

    /// <summary>The running app.</summary>
    public RunningApp App => app ?? throw new InvalidOperationException("Not started.");

    /// <summary>The data folder (kept across restarts).</summary>
    public DirectoryInfo Data { get; } = Directory.CreateTempSubdirectory("assistant-review-web-");

    /// <summary>The settings every start uses.</summary>
    public Dictionary<string, string> Settings => new Dictionary<string, string>
    {
        ["Data:Directory"] = Data.FullName,
        ["Api:Keys:0:Name"] = "doc",
        ["Api:Keys:0:Key"] = ReadKey,
        ["Api:Keys:0:Scopes:0"] = "review:read",
        ["Api:Keys:1:Name"] = "ghi",
        ["Api:Keys:1:Key"] = WriteKey,
        ["Api:Keys:1:Scopes:0"] = "review:write",
        ["Api:Keys:2:Name"] = "bai",
        ["Api:Keys:2:Key"] = PostsKey,
        ["Api:Keys:2:Scopes:0"] = "posts:write",
        ["Review:LoginAttempts"] = "1000",
    }.Concat(MoreSettings).ToDictionary();

    /// <summary>Settings a derived site adds to these.</summary>
    protected virtual IEnumerable<KeyValuePair<string, string>> MoreSettings => [];

    /// <inheritdoc />
    public async ValueTask InitializeAsync()
    {
        app = await RunningApp.StartAsync(Settings);
        var accounts = App.App.Services.GetRequiredService<AccountService>();
        await accounts.AddAsync("admin", Passwords["admin"], ReviewRoles.Admin, null, null, null);
        await accounts.AddAsync("ct", Passwords["ct"], ReviewRoles.Spokesperson, "can-tho", "Sở GD&ĐT Cần Thơ", null);
        await accounts.AddAsync("ls", Passwords["ls"], ReviewRoles.Spokesperson, "lang-son", null, null);
        await SubmitAsync("Cần Thơ chỉ yêu cầu 50% cán bộ được đào tạo kỹ năng truyền thông", 0.95);
        await SubmitAsync("Lạng Sơn bỏ kế hoạch truyền thông Nghị quyết 71 từ năm nay", 0.9);
        await SubmitAsync("Ở Cần Thơ học sinh phải đóng thêm phí truyền thông Nghị quyết 71", 0.6);
    }

    /// <summary>Submits a flagged post with a new id and returns the id of the item it landed in.</summary>
    public async Task<long> SubmitAsync(string text, double risk)
    {
        var id = $"web-{Interlocked.Increment(ref posts)}";
        await App.App.Services.GetRequiredService<IReviewQueue>().SubmitAsync(
            new Post("api", id, text),
            new ScoredPost { Id = id, Label = "misinformation", Score = risk, Flagged = true, Reasons = ["Bài viết khác văn bản chính thức"] },
            TestContext.Current.CancellationToken);
        using var client = ApiClient(ReadKey);
        var items = await GetJsonAsync(client, "/api/review/items");
        return items.EnumerateArray().Select(i => i.GetProperty("item")).Single(i => i.GetProperty("posts").EnumerateArray().Any(p => p.GetProperty("externalId").GetString() == id)).GetProperty("id").GetInt64();
    }

    /// <summary>Stores a post the monitor scored and did not flag (it never reaches the queue by itself).</summary>
    public async Task StoreUnflaggedAsync(string text)
    {
        var id = $"web-{Interlocked.Increment(ref posts)}";
        var store = App.App.Services.GetRequiredService<IPostStore>();
        await store.InsertAsync([new Post("rss:bao-giao-duc", id, text)], DateTimeOffset.UtcNow, TestContext.Current.CancellationToken);
        var stored = (await store.SearchAsync(new PostSearch { Source = "rss:bao-giao-duc" }, TestContext.Current.CancellationToken)).Single(p => p.Post.ExternalId == id);
        await store.MarkScoredAsync(stored.Id, new ScoredPost { Id = id, Label = "accurate", Score = 0.12, Flagged = false }, TestContext.Current.CancellationToken);
    }

    /// <summary>Logs in on the dashboard's page in the browser and waits for the queue.</summary>
    public async Task LoginInBrowserAsync(Microsoft.Playwright.IPage page, string login)
    {
        await page.GotoAsync(new Uri(App.Client.BaseAddress!, "/review").ToString());
        await Microsoft.Playwright.Assertions.Expect(page.Locator("#login-form")).ToBeVisibleAsync();
        await page.Locator("#login").FillAsync(login);
        await page.Locator("#password").FillAsync(Passwords[login]);
        await page.Locator("#login-submit").ClickAsync();
        await Microsoft.Playwright.Assertions.Expect(page.Locator("#items")).ToBeVisibleAsync();
    }

    /// <summary>A client without cookies, with an optional API key.</summary>
    public HttpClient ApiClient(string? key = null)
    {
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = App.Client.BaseAddress };
        if (key is not null)
        {
            client.DefaultRequestHeaders.Add("X-Api-Key", key);
        }

        return client;
    }

    /// <summary>A browser-like client (cookies, no automatic redirects), logged in as <paramref name="login"/>.</summary>
    public async Task<HttpClient> LoginAsync(string login)
    {
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = App.Client.BaseAddress };
        using var response = await PostFormAsync(client, "/review/login", "/review/login", new() { ["login"] = login, ["password"] = Passwords[login] });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    /// <summary>Loads <paramref name="pagePath"/>, takes its antiforgery token and posts the form to <paramref name="action"/>.</summary>
    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string pagePath, string action, Dictionary<string, string> fields)
    {
        var page = await client.GetStringAsync(pagePath, TestContext.Current.CancellationToken);
        fields["__RequestVerificationToken"] = TokenPattern().Match(page).Groups[1].Value;
        if (VersionPattern().Match(page) is { Success: true } version && !fields.ContainsKey("version"))
        {
            fields["version"] = version.Groups[1].Value;
        }

        return await client.PostAsync(action, new FormUrlEncodedContent(fields), TestContext.Current.CancellationToken);
    }

    /// <summary>GETs JSON.</summary>
    public static async Task<JsonElement> GetJsonAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).RootElement.Clone();
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (app is not null)
        {
            await app.DisposeAsync();
        }

        try
        {
            Data.Delete(recursive: true);
        }
        catch (IOException)
        {
            // A file still held open only leaves a temporary folder behind.
        }
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();

    [GeneratedRegex("name=\"version\" value=\"(\\d+)\"")]
    private static partial Regex VersionPattern();
}
