using Assistant.Web.Tests.Page;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Assistant.Web.Tests.Review;

public sealed class ReviewDashboardBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Spokesperson_LogsInSeesOwnProvinceJudgesTopItemAndWritesDraft()
    {
        await using var site = new ReviewSite();
        await site.InitializeAsync();
        var page = await browser.NewPageAsync();

        await site.LoginInBrowserAsync(page, "ct");
        var rows = page.Locator(".item-row");
        await Expect(rows).ToHaveCountAsync(2);
        foreach (var province in await rows.EvaluateAllAsync<string[]>("rows => rows.map(r => r.dataset.province)"))
        {
            Assert.Equal("can-tho", province);
        }

        await BrowserFixture.ScreenshotAsync(page, "review-list-spokesperson.png");
        await rows.First.Locator(".item-link").ClickAsync();
        await Expect(page.Locator("#item-title")).ToContainTextAsync("Mục #");
        await Expect(page.Locator("#posts")).ToContainTextAsync("50% cán bộ");

        await page.Locator("#verdict").SelectOptionAsync("sai_su_that");
        await page.Locator("#verdict-note").FillAsync("Kế hoạch của Cần Thơ yêu cầu 100%, không phải 50%.");
        await page.Locator("#verdict-form button[type=submit]").ClickAsync();
        await Expect(page.Locator("#item-verdict")).ToHaveTextAsync("Sai sự thật");
        await Expect(page.Locator("#item-state")).ToHaveTextAsync("Đã kết luận");
        await Expect(page.Locator("#notes")).ToContainTextAsync("không phải 50%");

        await page.Locator("#draft-save").ClickAsync();
        await Expect(page.Locator("#draft")).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("không đúng sự thật"));
        await page.Locator("#draft").FillAsync("Thông tin Cần Thơ chỉ yêu cầu 50% là không đúng sự thật; kế hoạch yêu cầu 100%.");
        await page.Locator("#draft-save").ClickAsync();
        await Expect(page.Locator("#draft")).ToHaveValueAsync("Thông tin Cần Thơ chỉ yêu cầu 50% là không đúng sự thật; kế hoạch yêu cầu 100%.");
        await Expect(page.Locator("#history")).ToContainTextAsync("Sửa bản nháp");
        var path = await BrowserFixture.ScreenshotAsync(page, "review-item-detail.png");
        Assert.True(new FileInfo(path).Length > 0);
    }

    [Fact]
    public async Task Admin_SeesAllProvincesAndExportsCsv()
    {
        await using var site = new ReviewSite();
        await site.InitializeAsync();
        var page = await browser.NewPageAsync();

        await site.LoginInBrowserAsync(page, "admin");
        await Expect(page.Locator(".item-row")).ToHaveCountAsync(3);
        await Expect(page.Locator("#items .province")).ToContainTextAsync(["Cần Thơ", "Lạng Sơn", "Cần Thơ"]);
        await BrowserFixture.ScreenshotAsync(page, "review-list-admin.png");

        var download = await page.RunAndWaitForDownloadAsync(() => page.GetByText("Xuất CSV").ClickAsync());
        var csv = await File.ReadAllTextAsync((await download.PathAsync())!, TestContext.Current.CancellationToken);
        var lines = csv.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, lines.Length);
        Assert.Contains("\"lang-son\"", csv, StringComparison.Ordinal);
        Assert.Contains("\"can-tho\"", csv, StringComparison.Ordinal);

        await page.GetByText("Báo cáo").First.ClickAsync();
        await Expect(page.Locator("#summary")).ToContainTextAsync("Tổng số mục: 3");
        await BrowserFixture.ScreenshotAsync(page, "review-report.png");
    }
}
