using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Assistant.Web.Tests.Review;

public sealed class ReviewSecurityTests(ReviewSite site) : IClassFixture<ReviewSite>
{
    public static TheoryData<string, string> PageRoutes => new()
    {
        { "GET", "/review" },
        { "GET", "/review/items/1" },
        { "GET", "/review/items/1/claimreview.json" },
        { "GET", "/review/export.csv" },
        { "GET", "/review/export/training.jsonl" },
        { "GET", "/review/report" },
        { "POST", "/review/logout" },
        { "POST", "/review/items/1/assign" },
        { "POST", "/review/items/1/state" },
        { "POST", "/review/items/1/verdict" },
        { "POST", "/review/items/1/note" },
        { "POST", "/review/items/1/draft" },
    };

    public static TheoryData<string, string> ApiRoutes => new()
    {
        { "GET", "/api/review/items" },
        { "GET", "/api/review/items/1" },
        { "GET", "/api/review/items/1/claimreview" },
        { "GET", "/api/review/export.csv" },
        { "GET", "/api/review/export/training" },
        { "GET", "/api/review/report" },
        { "GET", "/api/review/antiforgery" },
        { "POST", "/api/review/items/1/assign" },
        { "POST", "/api/review/items/1/state" },
        { "POST", "/api/review/items/1/verdict" },
        { "POST", "/api/review/items/1/notes" },
        { "POST", "/api/review/items/1/draft" },
    };

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [MemberData(nameof(PageRoutes))]
    public async Task Page_WithoutLogin_RedirectsToLogin(string method, string path)
    {
        using var client = site.ApiClient();
        using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path) { Content = method == "POST" ? new FormUrlEncodedContent([]) : null }, Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/review/login", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(ApiRoutes))]
    public async Task Api_WithoutLoginOrWithAWrongKey_Is401WithVietnameseProblem(string method, string path)
    {
        foreach (var key in new[] { null, "khoa-sai-0123456789abcdefghij" })
        {
            using var client = site.ApiClient(key);
            using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path) { Content = method == "POST" ? JsonContent.Create(new { version = 1 }) : null }, Ct);

            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
            Assert.Contains("đăng nhập", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Api_ReadKey_ReadsButCannotWrite_WriteKeyCan()
    {
        var id = await site.SubmitAsync("Giáo viên Cần Thơ bị cắt phụ cấp truyền thông", 0.7);
        using var reader = site.ApiClient(ReviewSite.ReadKey);
        using var writer = site.ApiClient(ReviewSite.WriteKey);

        var item = await ReviewSite.GetJsonAsync(reader, $"/api/review/items/{id}");
        var version = item.GetProperty("item").GetProperty("version").GetInt64();
        using var refused = await reader.PostAsJsonAsync($"/api/review/items/{id}/notes", new { version, text = "thử" }, Ct);
        using var accepted = await writer.PostAsJsonAsync($"/api/review/items/{id}/notes", new { version, text = "Đã kiểm tra với văn bản" }, Ct);

        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        var history = (await ReviewSite.GetJsonAsync(reader, $"/api/review/items/{id}")).GetProperty("history");
        Assert.Contains(history.EnumerateArray(), h => h.GetProperty("actor").GetString() == "api:ghi" && h.GetProperty("action").GetString() == "ghi_chu");
    }

    [Fact]
    public async Task Spokesperson_AnotherProvincesItemById_IsNotFoundAndUnchanged()
    {
        var langSon = await site.SubmitAsync("Lạng Sơn không còn dạy tiếng Anh ở tiểu học từ năm sau", 0.8);
        using var ct = await site.LoginAsync("ct");
        using var admin = site.ApiClient(ReviewSite.ReadKey);
        var before = (await ReviewSite.GetJsonAsync(admin, $"/api/review/items/{langSon}")).GetProperty("item").GetProperty("version").GetInt64();

        using var page = await ct.GetAsync($"/review/items/{langSon}", Ct);
        using var api = await ct.GetAsync($"/api/review/items/{langSon}", Ct);
        using var change = await ReviewSite.PostFormAsync(ct, "/review", $"/review/items/{langSon}/verdict", new() { ["version"] = before.ToString(System.Globalization.CultureInfo.InvariantCulture), ["verdict"] = "chinh_xac" });
        var list = await ReviewSite.GetJsonAsync(ct, "/api/review/items");

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, api.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, change.StatusCode);
        Assert.All(list.EnumerateArray(), i => Assert.Equal("can-tho", i.GetProperty("item").GetProperty("province").GetString()));
        var after = (await ReviewSite.GetJsonAsync(admin, $"/api/review/items/{langSon}")).GetProperty("item");
        Assert.Equal(before, after.GetProperty("version").GetInt64());
        Assert.Equal(JsonValueKind.Null, after.GetProperty("verdict").ValueKind);
    }

    [Fact]
    public async Task CookieAndReadKey_TogetherWithoutCsrf_CannotWriteAnotherProvincesItem()
    {
        var langSon = await site.SubmitAsync("Lạng Sơn dừng dạy môn Lịch sử ở trung học cơ sở", 0.8);
        using var reader = site.ApiClient(ReviewSite.ReadKey);
        var before = (await ReviewSite.GetJsonAsync(reader, $"/api/review/items/{langSon}")).GetProperty("item");
        using var ct = await site.LoginAsync("ct");
        ct.DefaultRequestHeaders.Add("X-Api-Key", ReviewSite.ReadKey);

        using var response = await ct.PostAsJsonAsync($"/api/review/items/{langSon}/verdict", new { version = before.GetProperty("version").GetInt64(), verdict = "chinh_xac" }, Ct);

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var after = await ReviewSite.GetJsonAsync(reader, $"/api/review/items/{langSon}");
        Assert.Equal(before.GetProperty("version").GetInt64(), after.GetProperty("item").GetProperty("version").GetInt64());
        Assert.DoesNotContain(after.GetProperty("history").EnumerateArray(), h => h.GetProperty("action").GetString() == "ket_luan");
    }

    [Fact]
    public async Task Form_WithoutAntiforgeryToken_IsRefusedAndNothingChanges()
    {
        var id = await site.SubmitAsync("Cần Thơ bắt học sinh học thêm môn truyền thông", 0.7);
        using var admin = await site.LoginAsync("admin");

        using var form = await admin.PostAsync($"/review/items/{id}/note", new FormUrlEncodedContent(new Dictionary<string, string> { ["version"] = "1", ["text"] = "không có mã" }), Ct);
        using var api = await admin.PostAsJsonAsync($"/api/review/items/{id}/notes", new { version = 1, text = "không có mã" }, Ct);
        var token = await ReviewSite.GetJsonAsync(admin, "/api/review/antiforgery");
        using var withToken = new HttpRequestMessage(HttpMethod.Post, $"/api/review/items/{id}/notes") { Content = JsonContent.Create(new { version = 1, text = "có mã" }) };
        withToken.Headers.Add(token.GetProperty("headerName").GetString()!, token.GetProperty("token").GetString());
        using var accepted = await admin.SendAsync(withToken, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, form.StatusCode);
        Assert.Contains("chống giả mạo", await form.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.BadRequest, api.StatusCode);
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        var notes = (await ReviewSite.GetJsonAsync(admin, $"/api/review/items/{id}")).GetProperty("item").GetProperty("notes");
        Assert.Equal(["có mã"], notes.EnumerateArray().Select(n => n.GetProperty("text").GetString()));
    }

    [Fact]
    public async Task Change_TwoReviewersOnOneVersion_SecondGets409InVietnamese_AuditHasTheFirst()
    {
        var id = await site.SubmitAsync("Cần Thơ giảm một nửa số giờ học môn Ngữ văn", 0.7);
        using var first = await site.LoginAsync("ct");
        using var second = await site.LoginAsync("admin");
        var firstPage = await first.GetStringAsync($"/review/items/{id}", Ct);
        var secondPage = await second.GetStringAsync($"/review/items/{id}", Ct);
        Assert.Contains("name=\"version\" value=\"1\"", firstPage, StringComparison.Ordinal);

        using var accepted = await ReviewSite.PostFormAsync(first, $"/review/items/{id}", $"/review/items/{id}/verdict", new() { ["version"] = "1", ["verdict"] = "sai_su_that", ["note"] = "Văn bản nói khác" });
        using var conflict = await ReviewSite.PostFormAsync(second, $"/review/items/{id}", $"/review/items/{id}/verdict", new() { ["version"] = "1", ["verdict"] = "chinh_xac" });
        using var apiConflict = await site.ApiClient(ReviewSite.WriteKey).PostAsJsonAsync($"/api/review/items/{id}/state", new { version = 1, state = "dang_xu_ly" }, Ct);

        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        Assert.Contains("tải lại trang", await conflict.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, apiConflict.StatusCode);
        Assert.Contains("tải lại trang", await apiConflict.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        var item = await ReviewSite.GetJsonAsync(site.ApiClient(ReviewSite.ReadKey), $"/api/review/items/{id}");
        Assert.Equal("sai_su_that", item.GetProperty("item").GetProperty("verdict").GetString());
        Assert.Equal(["tao_muc", "phan_cong", "ket_luan"], item.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("action").GetString()));
        Assert.Equal("ct", item.GetProperty("history")[2].GetProperty("actor").GetString());
        Assert.NotEmpty(secondPage);
    }

    [Fact]
    public async Task OpenApi_Document_DescribesTheReviewApi()
    {
        var document = await site.App.Client.GetStringAsync("/openapi/v1.json", Ct);
        Assert.Contains("/api/review/items/{id}/verdict", document, StringComparison.Ordinal);
        Assert.Contains("/api/review/report", document, StringComparison.Ordinal);
        Assert.DoesNotContain("\"/review/items", document, StringComparison.Ordinal);
    }
}
