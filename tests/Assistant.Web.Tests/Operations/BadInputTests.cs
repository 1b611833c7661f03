using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Assistant.Web.Tests.Operations;

public sealed class BadInputTests(AppFixture fixture)
{
    private RunningApp App => fixture.App;

    public static TheoryData<string, string, string, HttpStatusCode> BadRequests => new()
    {
        { "/api/chat", "{\"question\": \"\"}", "application/json", HttpStatusCode.BadRequest },
        { "/api/chat", "{}", "application/json", HttpStatusCode.BadRequest },
        { "/api/chat", "{\"question\": \"Ai ký\"", "application/json", HttpStatusCode.BadRequest },
        { "/api/chat", "không phải json", "application/json", HttpStatusCode.BadRequest },
        { "/api/chat", "", "application/json", HttpStatusCode.BadRequest },
        { "/api/chat", "[\"Ai ký Quyết định 157?\"]", "application/json", HttpStatusCode.BadRequest },
        { "/api/chat", "{\"question\": 157}", "application/json", HttpStatusCode.BadRequest },
        { "/api/chat", "{\"question\": \"Ai ký?\", \"includePassages\": \"có\"}", "application/json", HttpStatusCode.BadRequest },
        { "/api/chat", "{\"cauHoi\": \"Ai ký?\"}", "application/json", HttpStatusCode.BadRequest },
        { "/api/chat", "question=Ai+ky", "application/x-www-form-urlencoded", HttpStatusCode.UnsupportedMediaType },
        { "/api/chat", "Ai ký Quyết định 157?", "text/plain", HttpStatusCode.UnsupportedMediaType },
        { "/api/chat/stream", "{\"question\": null}", "application/json", HttpStatusCode.BadRequest },
        { "/api/chat/stream", "Ai ký?", "text/plain", HttpStatusCode.UnsupportedMediaType },
        { "/api/feedback", "{\"rating\": 1}", "application/json", HttpStatusCode.BadRequest },
        { "/api/feedback", "rating=up", "text/plain", HttpStatusCode.UnsupportedMediaType },
    };

    [Theory]
    [MemberData(nameof(BadRequests))]
    public async Task Post_BadInput_IsAClientErrorWithAVietnameseProblem(string path, string body, string contentType, HttpStatusCode expected)
    {
        using var response = await App.PostRawAsync(path, body, contentType);

        await AssertVietnameseProblemAsync(response, expected);
    }

    [Fact]
    public async Task Chat_TenThousandCharacterQuestion_IsRejectedWithTheLimit()
    {
        using var response = await App.PostJsonAsync("/api/chat", new { question = new string('a', 10_000) });

        await AssertVietnameseProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Chat_TenThousandVietnameseCharacters_IsRejected()
    {
        using var response = await App.PostJsonAsync("/api/chat", new { question = string.Concat(Enumerable.Repeat("Nghị quyết ", 1_000)) });

        Assert.True(response.StatusCode is HttpStatusCode.BadRequest or HttpStatusCode.RequestEntityTooLarge, response.StatusCode.ToString());
        await AssertVietnameseProblemAsync(response, response.StatusCode);
    }

    [Fact]
    public async Task Chat_BodyBeyondTheLimit_Is413()
    {
        using var response = await App.PostRawAsync("/api/chat", $"{{\"question\": \"{new string('x', 100_000)}\"}}");

        await AssertVietnameseProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task Get_OnChat_Is405WithAVietnameseProblem()
    {
        using var response = await App.Client.GetAsync("/api/chat", TestContext.Current.CancellationToken);

        await AssertVietnameseProblemAsync(response, HttpStatusCode.MethodNotAllowed);
    }

    [Fact]
    public async Task Get_UnknownApiPath_Is404WithAVietnameseProblem()
    {
        using var response = await App.Client.GetAsync("/api/khong-co", TestContext.Current.CancellationToken);

        await AssertVietnameseProblemAsync(response, HttpStatusCode.NotFound);
    }

    private static async Task AssertVietnameseProblemAsync(HttpResponseMessage response, HttpStatusCode expected)
    {
        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(TestContext.Current.CancellationToken);
        Assert.Equal((int)expected, problem.GetProperty("status").GetInt32());
        var detail = problem.GetProperty("detail").GetString()!;
        Assert.Matches("[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]", detail.ToLowerInvariant());
        Assert.DoesNotContain("Exception", detail);
        Assert.DoesNotContain("   at ", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }
}
