using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using Assistant.Review.Accounts;
using Microsoft.Extensions.DependencyInjection;

namespace Assistant.Web.Tests.Review;

public sealed partial class LoginThrottleTests
{
    private const string Password = "mat-khau-can-tho";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Login_FailuresOnOneLogin_DoNotLockAnotherAccountFromTheSameAddress()
    {
        await using var app = await StartAsync(new() { ["Review:LoginAttempts"] = "3" });

        var failures = new List<HttpStatusCode>();
        for (var i = 0; i < 4; i++)
        {
            failures.Add(await LoginAsync(app, "khach", "sai-mat-khau-" + i));
        }

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests], failures);
        Assert.Equal(HttpStatusCode.Redirect, await LoginAsync(app, "ct", Password));
    }

    [Fact]
    public async Task Login_ConcurrentWrongPasswords_OnlyTheLimitIsTried()
    {
        await using var app = await StartAsync(new() { ["Review:LoginAttempts"] = "5" });
        using var client = Browser(app);
        var token = await TokenAsync(client);

        var statuses = await Task.WhenAll(Enumerable.Range(0, 16).Select(i => PostLoginAsync(client, token, "ct", "sai-mat-khau-" + i, null)));

        Assert.Equal(5, statuses.Count(s => s == HttpStatusCode.Unauthorized));
        Assert.Equal(11, statuses.Count(s => s == HttpStatusCode.TooManyRequests));
    }

    [Fact]
    public async Task Login_Block_SurvivesARestart()
    {
        var data = Directory.CreateTempSubdirectory("assistant-login-throttle-");
        var settings = new Dictionary<string, string> { ["Data:Directory"] = data.FullName, ["Review:LoginAttempts"] = "2" };
        await using (var first = await StartAsync(settings))
        {
            Assert.Equal(HttpStatusCode.Unauthorized, await LoginAsync(first, "ct", "sai-mat-khau-1"));
            Assert.Equal(HttpStatusCode.Unauthorized, await LoginAsync(first, "ct", "sai-mat-khau-2"));
        }

        await using var second = await RunningApp.StartAsync(settings);
        Assert.Equal(HttpStatusCode.TooManyRequests, await LoginAsync(second, "ct", Password));
    }

    [Fact]
    public async Task Login_UnknownLogin_TakesAsLongAsAWrongPassword()
    {
        await using var app = await StartAsync(new() { ["Review:LoginAttempts"] = "1000" });
        using var client = Browser(app);
        var token = await TokenAsync(client);
        await PostLoginAsync(client, token, "ct", "khoi-dong", null);

        // Known and unknown logins alternate, so both see the same load on the machine; the medians are compared.
        var known = new List<double>();
        var unknown = new List<double>();
        for (var i = 0; i < 11; i++)
        {
            foreach (var (login, times) in new[] { ("ct", known), ("khong-ton-tai-" + i, unknown) })
            {
                var watch = Stopwatch.StartNew();
                Assert.Equal(HttpStatusCode.Unauthorized, await PostLoginAsync(client, token, login, "sai-mat-khau", null));
                times.Add(watch.Elapsed.TotalMilliseconds);
            }
        }

        var (knownMedian, unknownMedian) = (known.Order().ElementAt(5), unknown.Order().ElementAt(5));
        Assert.True(unknownMedian > knownMedian * 0.4, $"unknown login {unknownMedian:F1} ms, known login {knownMedian:F1} ms");
    }

    [Fact]
    public async Task Login_BehindAConfiguredProxy_EachForwardedAddressHasItsOwnLimit()
    {
        await using var app = await StartAsync(new()
        {
            ["Review:LoginAttempts"] = "5",
            ["Review:AddressLoginAttempts"] = "3",
            ["ForwardedHeaders:KnownProxies:0"] = "127.0.0.1",
        });

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, await LoginAsync(app, "khach-" + i, "sai-mat-khau", "203.0.113.5"));
        }

        Assert.Equal(HttpStatusCode.TooManyRequests, await LoginAsync(app, "ct", Password, "203.0.113.5"));
        Assert.Equal(HttpStatusCode.Redirect, await LoginAsync(app, "ct", Password, "203.0.113.6"));
    }

    [Fact]
    public async Task Logout_TheOldCookieNoLongerOpensTheDashboard()
    {
        await using var app = await StartAsync(new());
        var cookies = new CookieContainer();
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = cookies }) { BaseAddress = app.Client.BaseAddress };
        Assert.Equal(HttpStatusCode.Redirect, await PostLoginAsync(client, await TokenAsync(client), "ct", Password, null));
        var session = cookies.GetCookies(app.Client.BaseAddress!)["assistant-review"]!.Value;
        using var stale = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = app.Client.BaseAddress };
        stale.DefaultRequestHeaders.Add("Cookie", "assistant-review=" + session);
        using (var before = await stale.GetAsync("/review", Ct))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        using var logout = await ReviewSite.PostFormAsync(client, "/review", "/review/logout", []);
        using var after = await stale.GetAsync("/review", Ct);
        using var api = await stale.GetAsync("/api/review/items", Ct);

        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Contains("/review/login", after.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Unauthorized, api.StatusCode);
    }

    private static async Task<RunningApp> StartAsync(Dictionary<string, string> settings)
    {
        var app = await RunningApp.StartAsync(settings);
        await app.App.Services.GetRequiredService<AccountService>().AddAsync("ct", Password, ReviewRoles.Spokesperson, "can-tho", null, null, Ct);
        return app;
    }

    private static HttpClient Browser(RunningApp app) =>
        new(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = app.Client.BaseAddress };

    private static async Task<string> TokenAsync(HttpClient client) =>
        TokenPattern().Match(await client.GetStringAsync("/review/login", Ct)).Groups[1].Value;

    private static async Task<HttpStatusCode> LoginAsync(RunningApp app, string login, string password, string? forwardedFor = null)
    {
        using var client = Browser(app);
        return await PostLoginAsync(client, await TokenAsync(client), login, password, forwardedFor);
    }

    private static async Task<HttpStatusCode> PostLoginAsync(HttpClient client, string token, string login, string password, string? forwardedFor)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/review/login")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["login"] = login, ["password"] = password }),
        };
        if (forwardedFor is not null)
        {
            request.Headers.Add("X-Forwarded-For", forwardedFor);
        }

        using var response = await client.SendAsync(request, Ct);
        return response.StatusCode;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
