using Assistant.Web.Tests.Page;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Assistant.Web.Tests.Documents;

public sealed class DocumentAdminBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string Question = "Lạng Sơn giai đoạn 2026–2030 tối thiểu bao nhiêu % cán bộ làm truyền thông tại cơ quan quản lý giáo dục được đào tạo?";

    [Fact]
    public async Task Admin_UploadsCorrectsPublishesAndReplacesAPdf_AnswersCiteOnlyTheNewVersion()
    {
        await using var site = new DocumentsSite();
        await site.InitializeAsync();
        var upload = Path.Combine(site.Data.FullName, "ke-hoach-lang-son.pdf");
        File.Copy(DocumentsSite.LangSonPdf, upload);
        var before = await site.App.AskAsync(Question);
        Assert.DoesNotContain(before.GetProperty("citations").EnumerateArray(), c => c.GetProperty("doc").GetString() == "ke-hoach-lang-son");
        var page = await browser.NewPageAsync();
        await site.LoginInBrowserAsync(page, "admin");

        await page.GotoAsync(new Uri(site.App.Client.BaseAddress!, "/admin/documents").ToString());
        await page.Locator("#file").SetInputFilesAsync(upload);
        await page.Locator("#upload-submit").ClickAsync();
        await Expect(page.Locator("#draft-id")).ToHaveTextAsync("ke-hoach-lang-son");
        await Expect(page.Locator("#meta-signer")).ToHaveValueAsync("Trần Thanh Nhàn");
        await Expect(page.Locator("#meta-province")).ToHaveValueAsync("lang-son");
        await Expect(page.Locator("#passages .section").First).Not.ToBeEmptyAsync();
        Assert.Contains("II.2.a", await page.Locator("#passages .section").AllTextContentsAsync());
        await page.Locator("#meta-province").SelectOptionAsync("cao-bang");
        await page.Locator("#metadata-save").ClickAsync();
        await Expect(page.Locator("#meta-province")).ToHaveValueAsync("cao-bang");
        await page.Locator("#meta-province").SelectOptionAsync("lang-son");
        await page.Locator("#metadata-save").ClickAsync();
        await Expect(page.Locator("#meta-province")).ToHaveValueAsync("lang-son");
        await BrowserFixture.ScreenshotAsync(page, "documents-preview.png");
        await page.Locator("#publish").ClickAsync();
        var row = page.Locator(".document-row[data-id='ke-hoach-lang-son'][data-state='published']");
        await Expect(row.Locator(".province")).ToHaveTextAsync("Lạng Sơn");

        await page.GotoAsync(site.App.Client.BaseAddress!.ToString());
        await page.Locator("#question").FillAsync(Question);
        await page.Locator("#question").PressAsync("Enter");
        var turn = page.Locator(".turn").First;
        await Expect(turn.Locator(".answer-text")).ToContainTextAsync("70%");
        await Expect(turn.Locator(".citation").First).ToContainTextAsync("Lạng Sơn");
        var first = await site.App.AskAsync(Question);
        Assert.Equal("ke-hoach-lang-son", first.GetProperty("citations")[0].GetProperty("doc").GetString());

        await page.GotoAsync(new Uri(site.App.Client.BaseAddress!, "/admin/documents").ToString());
        var second = Path.Combine(site.Data.FullName, "ke-hoach-lang-son-ban-moi.pdf");
        File.Copy(DocumentsSite.LangSonPdf, second);
        await page.Locator("#file").SetInputFilesAsync(second);
        await page.Locator("#upload-submit").ClickAsync();
        await page.Locator("#meta-title").FillAsync("Kế hoạch truyền thông Nghị quyết 71 của tỉnh Lạng Sơn (bản mới)");
        await page.Locator("#metadata-save").ClickAsync();
        await page.Locator("#replaces").SelectOptionAsync("ke-hoach-lang-son");
        await page.Locator("#publish").ClickAsync();
        await Expect(page.Locator(".document-row[data-state='superseded']")).ToHaveCountAsync(1);
        await Expect(page.Locator(".document-row[data-id='ke-hoach-lang-son'][data-state='published']")).ToContainTextAsync("(bản mới)");
        await BrowserFixture.ScreenshotAsync(page, "documents-list.png");

        var after = await site.App.AskAsync(Question);
        var citations = after.GetProperty("citations").EnumerateArray().Where(c => c.GetProperty("doc").GetString() == "ke-hoach-lang-son").ToList();
        Assert.NotEmpty(citations);
        Assert.All(citations, c => Assert.Contains("(bản mới)", c.GetProperty("title").GetString(), StringComparison.Ordinal));
    }
}
