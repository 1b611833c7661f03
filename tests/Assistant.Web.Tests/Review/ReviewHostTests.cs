using System.Net;
using Assistant.Review.Accounts;
using Microsoft.Extensions.DependencyInjection;

namespace Assistant.Web.Tests.Review;

public sealed class ReviewHostTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Login_TooManyWrongPasswords_IsRefusedEvenWithTheRightOne()
    {
        await using var app = await RunningApp.StartAsync(new Dictionary<string, string> { ["Review:LoginAttempts"] = "3" });
        await app.App.Services.GetRequiredService<AccountService>().AddAsync("ct", "mat-khau-can-tho", ReviewRoles.Spokesperson, "can-tho", null, null, Ct);
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = app.Client.BaseAddress };

        var statuses = new List<HttpStatusCode>();
        foreach (var password in new[] { "sai-1-xxxxxxxx", "sai-2-xxxxxxxx", "sai-3-xxxxxxxx", "mat-khau-can-tho" })
        {
            using var response = await ReviewSite.PostFormAsync(client, "/review/login", "/review/login", new() { ["login"] = "ct", ["password"] = password });
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.Contains("quá nhiều lần", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
            }
        }

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task Restart_ItemsVerdictsAndAudit_SurviveTheHost()
    {
        var site = new ReviewSite();
        await site.InitializeAsync();
        try
        {
            var id = await site.SubmitAsync("Cần Thơ bỏ môn Lịch sử khỏi chương trình", 0.8);
            using (var ct = await site.LoginAsync("ct"))
            using (var response = await ReviewSite.PostFormAsync(ct, $"/review/items/{id}", $"/review/items/{id}/verdict", new() { ["verdict"] = "sai_su_that", ["note"] = "Không có văn bản nào nói vậy" }))
            {
                Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            }

            await site.App.StopAsync();
            await using var restarted = await RunningApp.StartAsync(site.Settings);
            using var client = new HttpClient { BaseAddress = restarted.Client.BaseAddress };
            client.DefaultRequestHeaders.Add("X-Api-Key", ReviewSite.ReadKey);
            var item = await ReviewSite.GetJsonAsync(client, $"/api/review/items/{id}");

            Assert.Equal("sai_su_that", item.GetProperty("item").GetProperty("verdict").GetString());
            Assert.Equal("Không có văn bản nào nói vậy", item.GetProperty("item").GetProperty("notes")[0].GetProperty("text").GetString());
            Assert.Equal(["tao_muc", "phan_cong", "ket_luan"], item.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("action").GetString()));
            Assert.Equal(["Tạo mục", "Giao việc", "Ghi kết luận"], item.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("actionLabel").GetString()));
            Assert.Equal(4, (await ReviewSite.GetJsonAsync(client, "/api/review/items")).GetArrayLength());
        }
        finally
        {
            await site.DisposeAsync();
        }
    }

    [Fact]
    public async Task Account_DisabledWhileLoggedIn_LosesAccessAtTheNextRequest()
    {
        await using var site = new ReviewSite();
        await site.InitializeAsync();
        using var ct = await site.LoginAsync("ct");
        using (var before = await ct.GetAsync("/review", Ct))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        await site.App.App.Services.GetRequiredService<IAccountStore>().DisableAsync("ct", Ct);
        using var after = await ct.GetAsync("/review", Ct);

        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
    }
}
