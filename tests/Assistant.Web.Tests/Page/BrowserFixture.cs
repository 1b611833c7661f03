using Microsoft.Playwright;

namespace Assistant.Web.Tests.Page;

/// <summary>Debian's Chromium driven by Playwright (no downloaded browsers), launched once for the page tests.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private const string ChromiumPath = "/usr/bin/chromium";

    // On the shared 2-core CI machine an answer can take several seconds to stream; 5 s (Playwright's default) flakes.
    private const float ExpectTimeoutMs = 20_000;

    private IPlaywright? playwright;
    private IBrowser? browser;

    /// <inheritdoc />
    public async ValueTask InitializeAsync()
    {
        Assert.True(File.Exists(ChromiumPath), "Debian's chromium is needed: apt-get install -y chromium");
        Assertions.SetDefaultExpectTimeout(ExpectTimeoutMs);
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
        });
    }

    /// <summary>A fresh page (phone-sized 360 × 780 unless told otherwise, Vietnamese locale) in its own context.</summary>
    public async Task<IPage> NewPageAsync(int width = 360, int height = 780)
    {
        var context = await browser!.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "vi-VN",
        });
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(30_000);
        return page;
    }

    /// <summary>Saves a screenshot (the full page, or only what is on screen) under the test output's <c>artifacts/</c> folder and attaches it to the test result.</summary>
    public static async Task<string> ScreenshotAsync(IPage page, string name, bool fullPage = true)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "artifacts");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name);
        var bytes = await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = fullPage });
        TestContext.Current.AddAttachment(name, bytes, "image/png");
        return path;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.CloseAsync();
        }

        playwright?.Dispose();
    }
}
