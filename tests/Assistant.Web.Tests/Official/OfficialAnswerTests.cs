using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Assistant.Channels.Tests.Fakes;
using Assistant.Review.Accounts;
using Microsoft.Extensions.DependencyInjection;

namespace Assistant.Web.Tests.Official;

/// <summary>
/// Official answers end to end on the real host: a draft through <c>POST /api/official-answers</c>, published by a key
/// with <c>answers:publish</c>, then served first to a paraphrase on <c>/api/chat</c> and on the Telegram webhook (real
/// Telegram.Bot client against the fake Bot API on 127.0.0.1).
/// </summary>
public sealed class OfficialAnswerTests : IAsyncLifetime
{
    private const string WriteKey = "viet-giai-dap-0123456789abcdef";
    private const string PublishKey = "cong-bo-giai-dap-0123456789abcdef";
    private const string Question = "Kinh phí truyền thông Nghị quyết 71 ở Cần Thơ lấy từ đâu?";
    private const string Paraphrase = "cho hỏi ở Cần Thơ tiền làm truyền thông nghị quyết 71 lấy ở đâu ạ";
    private const string OfficialText = "Kinh phí do ngân sách nhà nước bảo đảm theo phân cấp hiện hành; phụ huynh không phải đóng góp.";
    private FakeTelegramServer telegram = null!;
    private RunningApp app = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        telegram = await FakeTelegramServer.StartAsync();
        app = await RunningApp.StartAsync(new Dictionary<string, string>
        {
            ["Channels:Telegram:Enabled"] = "true",
            ["Channels:Telegram:BotToken"] = "123456:TEST-token_abc",
            ["Channels:Telegram:SecretToken"] = "bi-mat_webhook",
            ["Channels:Telegram:ApiBaseUrl"] = telegram.BaseUrl,
            ["Api:Keys:0:Name"] = "viet",
            ["Api:Keys:0:Key"] = WriteKey,
            ["Api:Keys:0:Scopes:0"] = "answers:write",
            ["Api:Keys:1:Name"] = "cong-bo",
            ["Api:Keys:1:Key"] = PublishKey,
            ["Api:Keys:1:Scopes:0"] = "answers:publish",
            ["Review:LoginAttempts"] = "1000",
        });
        var accounts = app.App.Services.GetRequiredService<AccountService>();
        Assert.Null(await accounts.AddAsync("ct", "mat-khau-can-tho", ReviewRoles.Spokesperson, "can-tho", null, null, Ct));
    }

    public async ValueTask DisposeAsync()
    {
        await app.DisposeAsync();
        await telegram.DisposeAsync();
    }

    [Fact]
    public async Task Publish_ThenParaphraseOnChat_ServedAsOfficialWithItsCitations()
    {
        var before = await app.AskAsync(Paraphrase);
        var id = await CreateAsync();

        var draftAnswer = await app.AskAsync(Paraphrase);
        using var published = await PublishAsync(id);
        var official = await app.AskAsync(Paraphrase);
        var otherQuestion = await app.AskAsync("Ở Cần Thơ, Sở Tài chính có nhiệm vụ gì?");

        Assert.NotEqual("official", before.GetProperty("mode").GetString());
        Assert.NotEqual("official", draftAnswer.GetProperty("mode").GetString());
        Assert.Equal(HttpStatusCode.OK, published.StatusCode);
        Assert.Equal("official", official.GetProperty("mode").GetString());
        Assert.False(official.GetProperty("refused").GetBoolean());
        Assert.Equal(id, official.GetProperty("official").GetProperty("id").GetInt64());
        Assert.Equal("can-tho", official.GetProperty("official").GetProperty("province").GetString());
        Assert.True(official.GetProperty("official").TryGetProperty("publishedAt", out _));
        var text = official.GetProperty("answer").GetString()!;
        Assert.StartsWith("Giải đáp của Sở Giáo dục và Đào tạo thành phố Cần Thơ (công bố ngày ", text);
        Assert.Contains(OfficialText, text);
        var citation = Assert.Single(official.GetProperty("citations").EnumerateArray());
        Assert.Equal("can-tho-ke-hoach", citation.GetProperty("doc").GetString());
        Assert.Equal("IV.1", citation.GetProperty("section").GetString());
        Assert.Contains("ngân sách nhà nước", citation.GetProperty("text").GetString());
        Assert.NotEqual("official", otherQuestion.GetProperty("mode").GetString());
    }

    [Fact]
    public async Task Publish_ThenParaphraseOnTelegram_AnsweredWithTheOfficialText()
    {
        var id = await CreateAsync();
        using var published = await PublishAsync(id);
        var update = $$$"""{"update_id":501,"message":{"message_id":9,"date":1763899200,"chat":{"id":777,"type":"private"},"from":{"id":777,"is_bot":false,"first_name":"Lan"},"text":"{{{Paraphrase}}}"}}""";

        using var request = new HttpRequestMessage(HttpMethod.Post, "/webhooks/telegram") { Content = new StringContent(update, Encoding.UTF8, "application/json") };
        request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", "bi-mat_webhook");
        using var response = await app.Client.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var sent = Assert.Single(await telegram.Calls.WaitForAsync("sendMessage", 1));
        Assert.Equal(777, (long)sent.Body["chat_id"]!);
        var text = (string)sent.Body["text"]!;
        Assert.StartsWith("Giải đáp của Sở Giáo dục và Đào tạo thành phố Cần Thơ", text);
        Assert.Contains(OfficialText, text);
        Assert.Contains("IV.1", text);
    }

    [Fact]
    public async Task Withdraw_PublishedAnswer_NoLongerServed()
    {
        var id = await CreateAsync();
        using var published = await PublishAsync(id);
        Assert.Equal("official", (await app.AskAsync(Paraphrase)).GetProperty("mode").GetString());

        using var withdrawn = await Client(PublishKey).PostAsync($"/api/official-answers/{id}/withdraw", null, Ct);
        var after = await app.AskAsync(Paraphrase);
        var detail = await GetJsonAsync(Client(WriteKey), $"/api/official-answers/{id}");

        Assert.Equal(HttpStatusCode.OK, withdrawn.StatusCode);
        Assert.NotEqual("official", after.GetProperty("mode").GetString());
        Assert.Equal("da_rut", detail.GetProperty("state").GetString());
        Assert.Equal(["tao_nhap", "cong_bo", "rut"], detail.GetProperty("history").EnumerateArray().Select(h => h.GetProperty("action").GetString()));
        Assert.Equal(3, detail.GetProperty("version").GetInt64());
    }

    [Fact]
    public async Task Publish_WriteKeyOrSpokesperson_Forbidden()
    {
        var id = await CreateAsync();

        using var byWriter = await Client(WriteKey).PostAsync($"/api/official-answers/{id}/publish", null, Ct);
        using var spokesperson = await LoginAsync("ct", "mat-khau-can-tho");
        using var bySpokesperson = await spokesperson.PostAsync($"/api/official-answers/{id}/publish", null, Ct);

        Assert.Equal(HttpStatusCode.Forbidden, byWriter.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, bySpokesperson.StatusCode);
        Assert.Equal("nhap", (await GetJsonAsync(Client(WriteKey), $"/api/official-answers/{id}")).GetProperty("state").GetString());
    }

    [Theory]
    [InlineData("""{"answer":"Có."}""", "câu hỏi")]
    [InlineData("""{"question":"Hỏi gì?","answer":"Đáp.","citations":[{"doc":"khong-co","section":"I"}]}""", "khong-co")]
    [InlineData("""{"question":"Hỏi gì?","answer":"Đáp.","province":"sao-hoa"}""", "sao-hoa")]
    [InlineData("""{"question":"Hỏi gì?","answer":"Đáp.","nguoiHoi":"0912345678"}""", "không đúng")]
    public async Task Create_BadBody_400WithVietnameseMessageAndNothingStored(string body, string expected)
    {
        using var response = await Client(WriteKey).PostAsync("/api/official-answers", new StringContent(body, Encoding.UTF8, "application/json"), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(expected, await response.Content.ReadAsStringAsync(Ct));
        Assert.Empty((await GetJsonAsync(Client(WriteKey), "/api/official-answers")).EnumerateArray());
    }

    private async Task<long> CreateAsync()
    {
        using var response = await Client(WriteKey).PostAsJsonAsync("/api/official-answers", new
        {
            question = Question,
            answer = OfficialText,
            province = "can-tho",
            citations = new[] { new { doc = "can-tho-ke-hoach", section = "IV.1" } },
            paraphrases = new[] { "Tiền làm truyền thông Nghị quyết 71 ở Cần Thơ do ai chi?" },
        }, Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var created = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement;
        Assert.Equal("nhap", created.GetProperty("state").GetString());
        Assert.Equal("api:viet", created.GetProperty("author").GetString());
        return created.GetProperty("id").GetInt64();
    }

    private Task<HttpResponseMessage> PublishAsync(long id) => Client(PublishKey).PostAsync($"/api/official-answers/{id}/publish", null, Ct);

    private HttpClient Client(string key)
    {
        var client = new HttpClient { BaseAddress = app.Client.BaseAddress };
        client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }

    private async Task<HttpClient> LoginAsync(string login, string password)
    {
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = app.Client.BaseAddress };
        using var response = await Review.ReviewSite.PostFormAsync(client, "/review/login", "/review/login", new() { ["login"] = login, ["password"] = password });
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    private static async Task<JsonElement> GetJsonAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(path, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement.Clone();
    }
}
