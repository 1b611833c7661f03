using Microsoft.Playwright;

namespace Assistant.Web.Tests.Page;

/// <summary>Debian's Chromium driven by Playwright (no downloaded browsers), a phone-sized page at 360 px.</summary>
public sealed class BrowserSession : IAsyncDisposable
{
    private const string ChromiumPath = "/usr/bin/chromium";

    private readonly IPlaywright playwright;
    private readonly IBrowser browser;

    private BrowserSession(IPlaywright playwright, IBrowser browser, IPage page)
    {
        this.playwright = playwright;
        this.browser = browser;
        Page = page;
    }

    /// <summary>The open page.</summary>
    public IPage Page { get; }

    /// <summary>Launches Chromium and opens a 360 × 780 page.</summary>
    public static async Task<BrowserSession> OpenAsync()
    {
        Assert.True(File.Exists(ChromiumPath), "Debian's chromium is needed: apt-get install -y chromium");
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"],
        });
        var page = await browser.NewPageAsync(new BrowserNewPageOptions
        {
            ViewportSize = new ViewportSize { Width = 360, Height = 780 },
            Locale = "vi-VN",
        });
        page.SetDefaultTimeout(20_000);
        return new BrowserSession(playwright, browser, page);
    }

    /// <summary>Saves a full-page screenshot under the test output's <c>artifacts/</c> folder and attaches it to the test result.</summary>
    public async Task<string> ScreenshotAsync(string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "artifacts");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name);
        var bytes = await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        TestContext.Current.AddAttachment(name, bytes, "image/png");
        return path;
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await browser.CloseAsync();
        playwright.Dispose();
    }
}
