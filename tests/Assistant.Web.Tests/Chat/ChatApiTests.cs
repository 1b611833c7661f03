using System.Text.Json;

namespace Assistant.Web.Tests.Chat;

public sealed class ChatApiTests(AppFixture fixture)
{
    private RunningApp App => fixture.App;

    [Fact]
    public async Task Chat_SignerQuestion_AnswersFromTheDecisionWithCitations()
    {
        var answer = await App.AskAsync("Ai ký Quyết định 157/QĐ-TTg?");

        Assert.False(answer.GetProperty("refused").GetBoolean());
        Assert.Contains("Lê Thành Long", answer.GetProperty("answer").GetString());
        var citations = answer.GetProperty("citations").EnumerateArray().ToList();
        Assert.NotEmpty(citations);
        Assert.Equal("quyet-dinh-157-ttg", citations[0].GetProperty("doc").GetString());
        Assert.False(string.IsNullOrEmpty(citations[0].GetProperty("title").GetString()));
        Assert.False(string.IsNullOrEmpty(citations[0].GetProperty("text").GetString()));
    }

    [Fact]
    public async Task Chat_AnyQuestion_ReturnsTheAnswerContractPlusConversation()
    {
        var answer = await App.AskAsync("Ở Cần Thơ, cơ quan nào phát hiện thông tin sai lệch về giáo dục?");

        foreach (var name in new[] { "id", "question", "answer", "refused", "mode", "fallbackReason", "citations", "passages", "elapsedMs", "conversationId", "turn", "suggestions" })
        {
            Assert.True(answer.TryGetProperty(name, out _), $"missing {name}");
        }

        Assert.Equal("extractive", answer.GetProperty("mode").GetString());
        Assert.Equal(1, answer.GetProperty("turn").GetInt32());
        Assert.Empty(answer.GetProperty("passages").EnumerateArray());
        Assert.Equal("can-tho-ke-hoach", answer.GetProperty("citations")[0].GetProperty("doc").GetString());
        var suggestions = answer.GetProperty("suggestions").EnumerateArray().Select(s => s.GetString()!).ToList();
        Assert.InRange(suggestions.Count, 2, 4);
        Assert.All(suggestions, s => Assert.EndsWith("?", s));
    }

    [Fact]
    public async Task Chat_IncludePassages_ReturnsRetrievedPassagesBestFirst()
    {
        var answer = await App.AskAsync("Nghị quyết 71-NQ/TW được ban hành ngày nào?", includePassages: true);

        var scores = answer.GetProperty("passages").EnumerateArray().Select(p => p.GetProperty("score").GetDouble()).ToList();
        Assert.NotEmpty(scores);
        Assert.Equal(scores.OrderByDescending(s => s), scores);
    }

    [Fact]
    public async Task Chat_UnknownConversationId_StartsANewConversation()
    {
        var first = await App.AskAsync("Ai ký Quyết định 157/QĐ-TTg?", conversationId: "khong-ton-tai-12345");

        Assert.Equal(1, first.GetProperty("turn").GetInt32());
        var id = first.GetProperty("conversationId").GetString();
        var second = await App.AskAsync("Nghị quyết 71-NQ/TW được ban hành ngày nào?", conversationId: id);
        Assert.Equal(2, second.GetProperty("turn").GetInt32());
        Assert.Equal(id, second.GetProperty("conversationId").GetString());
    }

    [Fact]
    public async Task Chat_MalformedConversationId_GetsAFreshId()
    {
        var answer = await App.AskAsync("Ai ký Quyết định 157/QĐ-TTg?", conversationId: "x y/z");

        var id = answer.GetProperty("conversationId").GetString();
        Assert.NotEqual("x y/z", id);
        Assert.Matches("^[0-9a-f]{32}$", id);
    }

    [Fact]
    public async Task Chat_QuestionOutsideTheDocuments_IsRefusedWithoutCitations()
    {
        var answer = await App.AskAsync("Giá vàng hôm nay là bao nhiêu?");

        Assert.True(answer.GetProperty("refused").GetBoolean());
        Assert.Empty(answer.GetProperty("citations").EnumerateArray());
        Assert.Equal(JsonValueKind.Array, answer.GetProperty("suggestions").ValueKind);
    }
}
