using Assistant.Web.Tests.Chat;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Assistant.Web.Tests.Page;

public sealed class ChatPageBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Page_AskOpenCitationGiveFeedback_WorksEndToEndAt360Pixels()
    {
        await using var app = await RunningApp.StartAsync();
        var page = await browser.NewPageAsync();
        await page.GotoAsync(app.Client.BaseAddress!.ToString());
        await Expect(page.Locator("#source-note")).ToContainTextAsync("văn bản chính thức");
        Assert.InRange(await page.Locator(".starter").CountAsync(), 4, 6);

        await page.Locator("#question").FillAsync("Ai ký Quyết định 157/QĐ-TTg?");
        await page.Locator("#question").PressAsync("Enter");

        var turn = page.Locator(".turn").First;
        await Expect(turn.Locator(".answer-text")).ToContainTextAsync("Lê Thành Long");
        await Expect(turn.Locator(".reply")).ToHaveAttributeAsync("aria-busy", "false");
        var citation = turn.Locator(".citation").First;
        await Expect(citation).ToContainTextAsync("[1]");
        await Expect(turn.Locator(".corrected")).ToBeHiddenAsync();
        Assert.True(await turn.Locator(".suggestion").CountAsync() >= 2);
        Assert.True(await page.EvaluateAsync<int>("document.documentElement.scrollWidth") <= 360, "the page scrolls sideways at 360 px");

        await citation.ClickAsync();
        var dialog = page.Locator("#passage");
        await Expect(dialog).ToBeVisibleAsync();
        await Expect(dialog.Locator("#passage-title")).Not.ToBeEmptyAsync();
        await Expect(dialog.Locator("#passage-section")).ToContainTextAsync("157/QĐ-TTg");
        await Expect(dialog.Locator("#passage-section")).Not.ToContainTextAsync("quyet-dinh-157-ttg");
        await Expect(dialog.Locator("#passage-text")).Not.ToBeEmptyAsync();
        await BrowserFixture.ScreenshotAsync(page, "chat-page-citation.png");
        await page.Keyboard.PressAsync("Escape");
        await Expect(dialog).Not.ToBeVisibleAsync();

        await turn.Locator(".feedback-up").ClickAsync();
        await turn.Locator(".feedback-comment").FillAsync("Rõ ràng, có nguồn");
        await turn.Locator(".feedback-send").ClickAsync();
        await Expect(turn.Locator(".feedback-thanks")).ToContainTextAsync("Cảm ơn");
        var path = await BrowserFixture.ScreenshotAsync(page, "chat-page-feedback.png");

        Assert.True(new FileInfo(path).Length > 0);
        var stored = Assert.Single(app.Query("SELECT rating, comment FROM feedback"));
        Assert.Equal("up|Rõ ràng, có nguồn", string.Join("|", stored));
    }

    [Fact]
    public async Task Page_ReplacingAnswerEvent_ShowsTheCorrectedAnswer()
    {
        await using var app = await RunningApp.StartAsync(configure: b => b.Services.AddSingleton<Core.Answers.IAnswerer>(new CorrectingAnswerer()));
        var page = await browser.NewPageAsync();
        await page.GotoAsync(app.Client.BaseAddress!.ToString());

        await page.Locator(".starter").First.ClickAsync();

        var turn = page.Locator(".turn").First;
        await Expect(turn.Locator(".reply")).ToHaveAttributeAsync("aria-busy", "false");
        await Expect(turn.Locator(".answer-text")).ToHaveTextAsync(CorrectingAnswerer.Corrected);
        await Expect(turn.Locator(".corrected")).ToBeVisibleAsync();
        await Expect(turn.Locator(".citation")).ToHaveCountAsync(1);
        await BrowserFixture.ScreenshotAsync(page, "chat-page-corrected.png");
    }
}
