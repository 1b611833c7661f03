using Assistant.Web.Tests.Page;
using Assistant.Web.Tests.Review;
using Microsoft.Data.Sqlite;
using static Microsoft.Playwright.Assertions;

namespace Assistant.Web.Tests.Insights;

/// <summary>The listening loop in Chromium: questions asked in the chat become a topic, a spokesperson answers it officially, an admin publishes, a paraphrase gets the official answer.</summary>
public sealed class ListeningLoopBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task Loop_TopicAnsweredOfficiallyAndPublished_ParaphraseServedAsOfficial()
    {
        await using var site = new ReviewSite();
        await site.InitializeAsync();
        string[] asked = ["Kinh phí truyền thông Nghị quyết 71 ở Cần Thơ lấy từ đâu?", "o can tho tien lam truyen thong nq71 lay o dau"];
        foreach (var question in asked)
        {
            await site.App.AskAsync(question);
        }

        using (var limit = new CancellationTokenSource(TimeSpan.FromSeconds(30)))
        {
            while (Turns(site) < asked.Length)
            {
                await Task.Delay(50, limit.Token);
            }
        }

        var spokesperson = await browser.NewPageAsync();
        await site.LoginInBrowserAsync(spokesperson, "ct");
        await spokesperson.GetByText("Khoảng trống thông tin", new() { Exact = true }).ClickAsync();
        var topic = spokesperson.Locator(".topic").Filter(new() { Has = spokesperson.Locator(".topic-count", new() { HasTextString = "2" }) });
        await Expect(topic).ToHaveCountAsync(1);
        await BrowserFixture.ScreenshotAsync(spokesperson, "listening-insights.png");
        await topic.Locator(".write-official").ClickAsync();
        await spokesperson.Locator("#official-answer").FillAsync("Kinh phí do ngân sách nhà nước bảo đảm; phụ huynh không phải đóng góp.");
        await spokesperson.Locator("#citation-0").CheckAsync();
        await spokesperson.Locator("#official-save").ClickAsync();
        await Expect(spokesperson.Locator("#official-answers")).ToContainTextAsync("Bản nháp");

        var admin = await browser.NewPageAsync();
        await site.LoginInBrowserAsync(admin, "admin");
        await admin.GotoAsync(new Uri(site.App.Client.BaseAddress!, "/review/official-answers").ToString());
        await admin.Locator(".official-publish").ClickAsync();
        await Expect(admin.Locator(".official-state")).ToHaveTextAsync("Đã công bố");
        await BrowserFixture.ScreenshotAsync(admin, "listening-published.png");

        var answer = await site.App.AskAsync("cho hỏi ở Cần Thơ tiền làm truyền thông nghị quyết 71 lấy ở đâu ạ");

        Assert.Equal("official", answer.GetProperty("mode").GetString());
        Assert.Equal("can-tho", answer.GetProperty("official").GetProperty("province").GetString());
    }

    private static long Turns(ReviewSite site)
    {
        var path = Path.Combine(site.Data.FullName, "conversations.db");
        if (!File.Exists(path))
        {
            return 0;
        }

        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COUNT(*) FROM turns";
        return Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
    }
}
