using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;

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
