using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Assistant.Core.Monitoring;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;

namespace Assistant.Web.Tests.Review;

public sealed class ReviewBadInputTests(ReviewSite site) : IClassFixture<ReviewSite>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task StoredPostWithNegativeAndHugeCounts_ListAndDetailStillAnswerWithFinitePriority()
    {
        var id = await site.SubmitAsync("Cần Thơ thu phí truyền thông Nghị quyết 71 của mọi học sinh", 0.9);
        using (var connection = new SqliteConnection($"Data Source={Path.Combine(site.Data.FullName, "review.db")};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "UPDATE posts SET likes = -7, shares = 1500000000, comments = 9000000000 WHERE item_id = $id";
            command.Parameters.AddWithValue("$id", id);
            Assert.Equal(1, command.ExecuteNonQuery());
        }

        using var reader = site.ApiClient(ReviewSite.ReadKey);
        var list = await ReviewSite.GetJsonAsync(reader, "/api/review/items");
        var detail = await ReviewSite.GetJsonAsync(reader, $"/api/review/items/{id}");
        using var page = await (await site.LoginAsync("admin")).GetAsync("/review", Ct);

        var ranked = list.EnumerateArray().Single(i => i.GetProperty("item").GetProperty("id").GetInt64() == id);
        Assert.True(double.IsFinite(ranked.GetProperty("priority").GetDouble()));
        Assert.True(ranked.GetProperty("priority").GetDouble() > 0);
        Assert.True(double.IsFinite(detail.GetProperty("priority").GetDouble()));
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    [Fact]
    public async Task ItemPage_PostUrl_OnlyHttpAndHttpsBecomeLinks()
    {
        var bad = await SubmitWithUrlAsync("Cần Thơ cấm học sinh dùng điện thoại trong giờ học truyền thông", "javascript:alert(document.cookie)");
        var good = await SubmitWithUrlAsync("Cần Thơ tăng học phí truyền thông lên gấp đôi", "https://bao.example.vn/bai-viet?id=1&x=2");
        using var admin = await site.LoginAsync("admin");

        var badPage = await admin.GetStringAsync($"/review/items/{bad}", Ct);
        var goodPage = await admin.GetStringAsync($"/review/items/{good}", Ct);

        Assert.DoesNotContain("href=\"javascript:", badPage, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("javascript:alert(document.cookie)", badPage, StringComparison.Ordinal);
        Assert.Contains("href=\"https://bao.example.vn/bai-viet?id=1&amp;x=2\"", goodPage, StringComparison.Ordinal);
    }

    private async Task<long> SubmitWithUrlAsync(string text, string url)
    {
        var externalId = "url-" + Guid.NewGuid().ToString("N");
        await site.App.App.Services.GetRequiredService<IReviewQueue>().SubmitAsync(
            new Post("api", externalId, text) { Url = url },
            new ScoredPost { Id = externalId, Label = "misinformation", Score = 0.9, Flagged = true, Reasons = ["khác văn bản"] },
            Ct);
        var items = await ReviewSite.GetJsonAsync(site.ApiClient(ReviewSite.ReadKey), "/api/review/items");
        return items.EnumerateArray().Select(i => i.GetProperty("item")).Single(i => i.GetProperty("posts").EnumerateArray().Any(p => p.GetProperty("externalId").GetString() == externalId)).GetProperty("id").GetInt64();
    }

    [Fact]
    public async Task StoredItemThatCannotBeRead_IsLeftOutOfTheListAndTheOthersStillShow()
    {
        var broken = await site.SubmitAsync("Lạng Sơn cho học sinh nghỉ học cả tháng để tuyên truyền", 0.85);
        var fine = await site.SubmitAsync("Cần Thơ bắt giáo viên nộp tiền tuyên truyền Nghị quyết 71", 0.75);
        using (var connection = new SqliteConnection($"Data Source={Path.Combine(site.Data.FullName, "review.db")};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "UPDATE items SET reasons = 'không phải JSON', created_at = 'hôm qua' WHERE id = $id";
            command.Parameters.AddWithValue("$id", broken);
            Assert.Equal(1, command.ExecuteNonQuery());
        }

        using var reader = site.ApiClient(ReviewSite.ReadKey);
        var list = await ReviewSite.GetJsonAsync(reader, "/api/review/items");
        using var detail = await reader.GetAsync($"/api/review/items/{broken}", Ct);
        using var page = await (await site.LoginAsync("admin")).GetAsync("/review", Ct);
        using var csv = await reader.GetAsync("/api/review/export.csv", Ct);

        var ids = list.EnumerateArray().Select(i => i.GetProperty("item").GetProperty("id").GetInt64()).ToList();
        Assert.Contains(fine, ids);
        Assert.DoesNotContain(broken, ids);
        Assert.Equal(HttpStatusCode.NotFound, detail.StatusCode);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
    }

    [Fact]
    public async Task Change_VersionSentAsString_Is400()
    {
        var id = await site.SubmitAsync("Cần Thơ bỏ môn Địa lý ở bậc trung học phổ thông", 0.7);
        using var writer = site.ApiClient(ReviewSite.WriteKey);

        using var response = await writer.PostAsync($"/api/review/items/{id}/notes", new StringContent("""{"version":"1","text":"thử"}""", Encoding.UTF8, "application/json"), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("/api/review/export.csv?minRisk=abc")]
    [InlineData("/api/review/report?minRisk=abc")]
    [InlineData("/api/review/items?minRisk=abc")]
    [InlineData("/api/review/export.csv?from=hom-qua")]
    public async Task Api_BadFilter_Is400WithVietnameseProblem(string path)
    {
        using var reader = site.ApiClient(ReviewSite.ReadKey);

        using var response = await reader.GetAsync(path, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Contains("phải là", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/review/export.csv?minRisk=abc")]
    [InlineData("/review/report?minRisk=2")]
    public async Task Page_BadFilter_Is400(string path)
    {
        using var admin = await site.LoginAsync("admin");

        using var response = await admin.GetAsync(path, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("minRisk", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }
}
