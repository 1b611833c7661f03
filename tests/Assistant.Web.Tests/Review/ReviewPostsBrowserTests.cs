using System.Text.RegularExpressions;
using Assistant.Web.Tests.Page;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Assistant.Web.Tests.Review;

/// <summary>The spokesperson's view of every post, the verdict choice and the phone layout, in Chromium.</summary>
public sealed partial class ReviewPostsBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Unflagged = "Kế hoạch của Cần Thơ đặt mục tiêu ít nhất 90% cán bộ quản lý giáo dục và nhà giáo được tiếp cận thường xuyên thông tin về Nghị quyết 71.";

    [Fact]
    public async Task Spokesperson_FindsUnflaggedPostBySearch_EscalatesItWithANote()
    {
        await using var site = new ReviewSite();
        await site.InitializeAsync();
        await site.StoreUnflaggedAsync(Unflagged);
        var page = await browser.NewPageAsync();
        await site.LoginInBrowserAsync(page, "ct");

        await page.GetByText("Bài viết", new() { Exact = true }).ClickAsync();
        await page.Locator("#q").FillAsync("tiep can thuong xuyen");
        await page.Locator("#post-filters button[type=submit]").ClickAsync();
        var row = page.Locator(".post-row");
        await Expect(row).ToHaveCountAsync(1);
        await Expect(row).ToContainTextAsync("Không gắn cờ");
        await Expect(row).ToContainTextAsync("Cần Thơ");
        await BrowserFixture.ScreenshotAsync(page, "review-posts-search.png");

        await row.Locator("textarea[name=note]").FillAsync("Cần đăng lại thông tin chính thức cho phụ huynh.");
        await row.GetByText("Đưa vào hàng chờ").ClickAsync();

        await Expect(page.Locator("#item-title")).ToContainTextAsync("Mục #");
        await Expect(page.Locator("#posts")).ToContainTextAsync("tiếp cận thường xuyên");
        await Expect(page.Locator("#history")).ToContainTextAsync("Đưa vào hàng chờ");
        await Expect(page.Locator("#history")).ToContainTextAsync("Cần đăng lại thông tin chính thức");
        await Expect(page.Locator("#history")).ToContainTextAsync("ct");
        await Expect(page.Locator("#verdict")).ToHaveValueAsync("");

        await page.GotoAsync(new Uri(site.App.Client.BaseAddress!, "/review/posts?q=tiep+can+thuong+xuyen").ToString());
        await Expect(page.Locator(".post-row .in-queue")).ToHaveTextAsync("Đã có trong hàng chờ");
    }

    [Fact]
    public async Task Spokesperson_OtherProvincePost_NotListed()
    {
        await using var site = new ReviewSite();
        await site.InitializeAsync();
        await site.StoreUnflaggedAsync(Unflagged);
        var page = await browser.NewPageAsync();

        await site.LoginInBrowserAsync(page, "ls");
        await page.GotoAsync(new Uri(site.App.Client.BaseAddress!, "/review/posts?flagged=false").ToString());

        await Expect(page.Locator(".post-row")).ToHaveCountAsync(0);
        await Expect(page.Locator("#empty")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task Item_VerdictStartsEmpty_DraftStartsWithTheFact()
    {
        await using var site = new ReviewSite();
        await site.InitializeAsync();
        var page = await browser.NewPageAsync();
        await site.LoginInBrowserAsync(page, "ct");

        await page.Locator(".item-row .item-link").First.ClickAsync();
        await Expect(page.Locator("#verdict")).ToHaveValueAsync("");
        Assert.Equal("— Chọn kết luận —", await page.Locator("#verdict option:checked").TextContentAsync());
        await page.Locator("#verdict").SelectOptionAsync("sai_su_that");
        await page.Locator("#verdict-form button[type=submit]").ClickAsync();
        await Expect(page.Locator("#item-verdict")).ToHaveTextAsync("Sai sự thật");
        await page.Locator("#draft-save").ClickAsync();

        var draft = await page.Locator("#draft").InputValueAsync();
        Assert.Matches(FactFirst(), draft);
        Assert.Contains("Kết luận: Sai sự thật.", draft, StringComparison.Ordinal);
        Assert.True(draft.IndexOf("Theo ", StringComparison.Ordinal) < draft.IndexOf("Kết luận:", StringComparison.Ordinal), draft);
        await Expect(page.Locator("#history")).ToContainTextAsync("Tạo bản nháp");
        await Expect(page.Locator("#history")).Not.ToContainTextAsync("tao_ban_nhap");
        await Expect(page.Locator("#history thead")).ToContainTextAsync("giờ Việt Nam");
    }

    [Theory]
    [InlineData("/review", "review-list-phone.png")]
    [InlineData("/review/posts", "review-posts-phone.png")]
    [InlineData("item", "review-item-phone.png")]
    public async Task Page_AtPhoneWidth_NoHorizontalScroll(string path, string screenshot)
    {
        await using var site = new ReviewSite();
        await site.InitializeAsync();
        await site.StoreUnflaggedAsync(Unflagged);
        var page = await browser.NewPageAsync(390, 844);
        await site.LoginInBrowserAsync(page, "ct");

        if (path == "item")
        {
            await page.Locator(".item-row .item-link").First.ClickAsync();
            await Expect(page.Locator("#item-title")).ToContainTextAsync("Mục #");
        }
        else
        {
            await page.GotoAsync(new Uri(site.App.Client.BaseAddress!, path).ToString());
        }

        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.clientWidth]");
        Assert.True(widths[0] <= widths[1], $"{path}: page is {widths[0]} px wide in a {widths[1]} px viewport");
        var file = await BrowserFixture.ScreenshotAsync(page, screenshot);
        Assert.True(new FileInfo(file).Length > 0);
    }

    [GeneratedRegex(@"^Theo [^\n]+, mục [^\n]+: ""[^\n]+"" \[1\]")]
    private static partial Regex FactFirst();
}
