using System.Net;

namespace Assistant.Web.Tests.Security;

public sealed class HttpsBehindProxyTests
{
    [Fact]
    public async Task Https_ForwardedByATrustedProxy_SecureCookiesAndHsts_PlainHttpNeither()
    {
        await using var app = await RunningApp.StartAsync(new Dictionary<string, string>
        {
            ["ForwardedHeaders:KnownProxies:0"] = "127.0.0.1",
            ["Server:HstsMaxAgeDays"] = "180",
        });
        using var client = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = app.Client.BaseAddress };

        using var https = await GetAsync(client, "https");
        using var http = await GetAsync(client, null);

        Assert.Equal(HttpStatusCode.OK, https.StatusCode);
        var secureCookie = Assert.Single(https.Headers.GetValues("Set-Cookie"), c => c.StartsWith("assistant-review-csrf=", StringComparison.Ordinal));
        Assert.Contains("secure", secureCookie, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("max-age=15552000", Assert.Single(https.Headers.GetValues("Strict-Transport-Security")));
        var plainCookie = Assert.Single(http.Headers.GetValues("Set-Cookie"), c => c.StartsWith("assistant-review-csrf=", StringComparison.Ordinal));
        Assert.DoesNotContain("secure", plainCookie, StringComparison.OrdinalIgnoreCase);
        Assert.False(http.Headers.Contains("Strict-Transport-Security"));
    }

    private static Task<HttpResponseMessage> GetAsync(HttpClient client, string? forwardedProto)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/review/login");
        request.Headers.Host = "nq71.example.vn";
        if (forwardedProto is not null)
        {
            request.Headers.Add("X-Forwarded-Proto", forwardedProto);
        }

        return client.SendAsync(request, TestContext.Current.CancellationToken);
    }
}
