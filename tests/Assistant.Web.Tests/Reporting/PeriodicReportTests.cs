using System.Diagnostics;
using System.Globalization;
using System.Net;
using Assistant.Web.Tests.Review;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using Microsoft.Data.Sqlite;

namespace Assistant.Web.Tests.Reporting;

/// <summary>
/// The periodic report downloaded from <c>/review/report/periodic.docx</c>: valid Open XML, every figure equal to a count
/// taken straight from the SQLite files, the achieved value typed on the page in the targets table, and (where LibreOffice
/// is installed) a picture of its first page in the artifacts.
/// </summary>
public sealed class PeriodicReportTests(ReviewSite site) : IClassFixture<ReviewSite>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Download_PeriodWithQuestionsAndItems_ValidDocumentWithTheStoresFigures()
    {
        string[] asked = ["Ai ký Quyết định 157/QĐ-TTg?", "Nghị quyết 71 ban hành ngày nào?", "Thủ tướng hiện nay là ai?"];
        var answers = new List<System.Text.Json.JsonElement>();
        foreach (var question in asked)
        {
            answers.Add(await site.App.AskAsync(question));
        }

        using var up = await site.App.PostJsonAsync("/api/feedback", new { conversationId = answers[0].GetProperty("conversationId").GetString(), turn = 1, rating = "up" });
        using var down = await site.App.PostJsonAsync("/api/feedback", new { conversationId = answers[2].GetProperty("conversationId").GetString(), turn = 1, rating = "down" });
        await WaitForAsync($"SELECT COUNT(*) FROM turns", asked.Length);
        var today = DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(7)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var admin = await site.LoginAsync("admin");

        using var response = await ReviewSite.PostFormAsync(admin, $"/review/report/periodic?from={today}&to={today}", "/review/report/periodic.docx",
            new() { ["from"] = today, ["to"] = today, ["province"] = "", ["achieved"] = "25 sản phẩm" });
        var bytes = await response.Content.ReadAsByteArrayAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        Assert.Empty(new OpenXmlValidator().Validate(document, Ct).Select(e => $"{e.Path?.XPath}: {e.Description}"));
        var text = document.MainDocumentPart!.Document!.Body!.InnerText;
        var turns = Count("conversations.db", "SELECT COUNT(*) FROM turns");
        var refused = Count("conversations.db", "SELECT COUNT(*) FROM turns WHERE refused = 1");
        var official = Count("conversations.db", "SELECT COUNT(*) FROM turns WHERE mode = 'official'");
        var thumbsUp = Count("conversations.db", "SELECT COUNT(*) FROM feedback WHERE rating = 'up'");
        var ratings = Count("conversations.db", "SELECT COUNT(*) FROM feedback");
        var items = Count("review.db", "SELECT COUNT(*) FROM items");
        Assert.Contains($"Tổng số câu hỏi: {turns}; được trả lời: {turns - refused}; từ chối (văn bản không đề cập): {refused}; trả lời bằng giải đáp chính thức: {official}.", text, StringComparison.Ordinal);
        Assert.Contains($"({thumbsUp}/{ratings} lượt)", text, StringComparison.Ordinal);
        Assert.Contains($"Số mục cần xem xét: {items};", text, StringComparison.Ordinal);
        Assert.Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", text, StringComparison.Ordinal);
        Assert.Contains("Độc lập - Tự do - Hạnh phúc", text, StringComparison.Ordinal);
        Assert.Contains("Số: …/BC-SGDĐT", text, StringComparison.Ordinal);
        Assert.Contains("Nơi nhận:", text, StringComparison.Ordinal);
        Assert.Contains("25 sản phẩm", text, StringComparison.Ordinal);
        Assert.True(document.MainDocumentPart.ImageParts.Count() >= 3);
        foreach (var answer in answers)
        {
            Assert.DoesNotContain(answer.GetProperty("conversationId").GetString()!, text, StringComparison.Ordinal);
        }

        await ScreenshotAsync(bytes);
    }

    /// <summary>The first page as PNG in the artifacts, through LibreOffice and pdftoppm when the machine has them.</summary>
    private static async Task ScreenshotAsync(byte[] docx)
    {
        if (!File.Exists("/usr/bin/soffice") || !File.Exists("/usr/bin/pdftoppm"))
        {
            return;
        }

        var folder = Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "artifacts"));
        var work = Directory.CreateTempSubdirectory("assistant-report-");
        var path = Path.Combine(work.FullName, "bao-cao-dinh-ky.docx");
        await File.WriteAllBytesAsync(path, docx, Ct);
        await RunAsync("/usr/bin/soffice", $"-env:UserInstallation=file://{work.FullName}/profile --headless --convert-to pdf --outdir {work.FullName} {path}");
        await RunAsync("/usr/bin/pdftoppm", $"-png -r 60 -f 1 -l 1 -singlefile {Path.Combine(work.FullName, "bao-cao-dinh-ky.pdf")} {Path.Combine(folder.FullName, "bao-cao-dinh-ky-trang-1")}");
        var picture = Path.Combine(folder.FullName, "bao-cao-dinh-ky-trang-1.png");
        Assert.True(File.Exists(picture));
        TestContext.Current.AddAttachment("bao-cao-dinh-ky-trang-1.png", await File.ReadAllBytesAsync(picture, Ct), "image/png");
        work.Delete(recursive: true);
    }

    private static async Task RunAsync(string file, string arguments)
    {
        using var process = Process.Start(new ProcessStartInfo(file, arguments) { RedirectStandardOutput = true, RedirectStandardError = true })!;
        await process.WaitForExitAsync(Ct).WaitAsync(TimeSpan.FromMinutes(2), Ct);
        Assert.Equal(0, process.ExitCode);
    }

    private async Task WaitForAsync(string sql, long expected)
    {
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (Count("conversations.db", sql) < expected)
        {
            await Task.Delay(50, limit.Token);
        }
    }

    private long Count(string file, string sql)
    {
        var path = Path.Combine(site.Data.FullName, file);
        if (!File.Exists(path))
        {
            return 0;
        }

        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }
}
