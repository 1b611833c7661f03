using System.Text.Json;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Assistant.Web.Tests.Page;

/// <summary>How answers arrive on the page at phone and desktop sizes: in view, progressively, with readable sources.</summary>
public sealed class ChatPageFlowBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string LangSon = "Lạng Sơn giao cơ quan nào chủ trì thực hiện kế hoạch truyền thông?";
    private const string CanTho = "Ở Cần Thơ, cơ quan nào phát hiện thông tin sai lệch về giáo dục?";

    [Theory]
    [InlineData(390, 844)]
    [InlineData(1280, 800)]
    public async Task Page_SecondAndThirdQuestions_ScrollTheNewAnswersStartIntoViewAboveTheInput(int width, int height)
    {
        await using var app = await RunningApp.StartAsync();
        var page = await browser.NewPageAsync(width, height);
        await page.GotoAsync(app.Client.BaseAddress!.ToString());

        await AskAsync(page, LangSon, 0);
        var second = await AskAsync(page, "còn Quảng Ngãi thì sao?", 1);
        await Expect(second.Locator(".answer-text")).ToContainTextAsync("Quảng Ngãi");
        await AssertStartInViewAsync(page, second, $"chat-second-answer-{width}x{height}.png");

        var third = await AskAsync(page, CanTho, 2);
        await AssertStartInViewAsync(page, third, $"chat-third-answer-{width}x{height}.png");
    }

    [Fact]
    public async Task Page_MultiSentenceAnswer_AppearsSentenceBySentenceAfterATypingIndicator()
    {
        await using var app = await RunningApp.StartAsync();
        var page = await browser.NewPageAsync(390, 844);
        await page.GotoAsync(app.Client.BaseAddress!.ToString());
        // Every change of the answer text is recorded with its time, and whether the typing indicator showed before any text.
        await page.EvaluateAsync("""
            () => {
              window.seen = [];
              new MutationObserver(() => {
                const turn = document.querySelector("#log .turn:last-child");
                if (!turn) return;
                const text = turn.querySelector(".answer-text").textContent;
                const typing = getComputedStyle(turn.querySelector(".typing")).display !== "none";
                window.seen.push({ at: performance.now(), length: text.length, typing });
              }).observe(document.getElementById("log"), { childList: true, subtree: true, characterData: true });
            }
            """);

        var turn = await AskAsync(page, CanTho, 0);

        var final = (await turn.Locator(".answer-text").TextContentAsync())!.Length;
        var seen = JsonSerializer.Deserialize<List<Seen>>(await page.EvaluateAsync<string>("JSON.stringify(window.seen)"), new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
        var withText = seen.Where(s => s.Length > 0).ToList();
        Assert.True(seen[0].Length == 0 && seen[0].Typing, "the typing indicator shows before the first sentence");
        Assert.True(withText[0].Length < final, $"the first text shown ({withText[0].Length} characters) is the whole answer ({final})");
        Assert.True(withText.Select(s => s.Length).Distinct().Count() >= 3, "the answer appears in at least three steps");
        Assert.True(withText[^1].At > withText[0].At, "the last sentence appears after the first");
        await Expect(turn.Locator(".typing")).ToBeHiddenAsync();
    }

    [Fact]
    public async Task Page_Citation_ShowsTheDocumentsShortTitleHeadingAndSection()
    {
        await using var app = await RunningApp.StartAsync();
        var page = await browser.NewPageAsync(390, 844);
        await page.GotoAsync(app.Client.BaseAddress!.ToString());

        var turn = await AskAsync(page, CanTho, 0);

        var citation = turn.Locator(".citation").First;
        await Expect(citation).ToContainTextAsync("Kế hoạch của UBND thành phố Cần Thơ");
        await Expect(citation).ToContainTextAsync("mục III.1.b");
        await Expect(citation.Locator(".citation-heading")).ToContainTextAsync("Sở Văn hóa, Thể thao và Du lịch");
        await Expect(citation).Not.ToContainTextAsync("can-tho-ke-hoach");
        await citation.ClickAsync();
        var dialog = page.Locator("#passage");
        await Expect(dialog.Locator("#passage-title")).ToContainTextAsync("Cần Thơ");
        await Expect(dialog.Locator("#passage-section")).ToHaveTextAsync("Mục III.1.b · Kế hoạch của UBND thành phố Cần Thơ");
        await Expect(dialog.Locator("#passage-trail li")).Not.ToHaveCountAsync(0);
        await Expect(dialog.Locator("#passage-trail")).ToContainTextAsync("Sở Văn hóa, Thể thao và Du lịch");
        await BrowserFixture.ScreenshotAsync(page, "chat-citation-heading.png", fullPage: false);
    }

    /// <summary>Asks through the input and waits until the turn's answer is complete.</summary>
    private static async Task<ILocator> AskAsync(IPage page, string question, int index)
    {
        await page.Locator("#question").FillAsync(question);
        await page.Locator("#question").PressAsync("Enter");
        var turn = page.Locator(".turn").Nth(index);
        await Expect(turn.Locator(".reply")).ToHaveAttributeAsync("aria-busy", "false");
        await Expect(turn.Locator(".citation").First).ToBeVisibleAsync();
        return turn;
    }

    /// <summary>The first line of the turn's answer is on screen, above the sticky input (scrolling may still be settling).</summary>
    private static async Task AssertStartInViewAsync(IPage page, ILocator turn, string screenshot)
    {
        var deadline = DateTime.UtcNow.AddSeconds(5);
        while (true)
        {
            var text = (await turn.Locator(".answer-text").BoundingBoxAsync())!;
            var input = (await page.Locator("#ask-form").BoundingBoxAsync())!;
            var lineHeight = await turn.Locator(".answer-text").EvaluateAsync<float>("e => parseFloat(getComputedStyle(e).lineHeight)");
            var inView = text.Y >= 0 && text.Y + lineHeight <= input.Y;
            if (inView || DateTime.UtcNow > deadline)
            {
                await BrowserFixture.ScreenshotAsync(page, screenshot, fullPage: false);
                Assert.True(inView, $"the answer's first line spans {text.Y:F0}–{text.Y + lineHeight:F0} px; the input starts at {input.Y:F0} px");
                return;
            }

            await page.WaitForTimeoutAsync(100);
        }
    }

    private sealed record Seen(double At, int Length, bool Typing);
}
