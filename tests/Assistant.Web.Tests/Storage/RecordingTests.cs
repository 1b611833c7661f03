namespace Assistant.Web.Tests.Storage;

public sealed class RecordingTests
{
    [Fact]
    public async Task Chat_ThenShutdown_TurnsAreInSqliteWithoutTheChannelId()
    {
        await using var app = await RunningApp.StartAsync();
        var first = await app.AskAsync("Ở Cần Thơ, cơ quan nào phát hiện thông tin sai lệch về giáo dục?");
        var id = first.GetProperty("conversationId").GetString()!;
        await app.AskAsync("còn Hải Phòng thì sao?", id);

        await app.StopAsync();

        var conversation = Assert.Single(app.Query("SELECT id, channel, subject_hash FROM conversations"));
        Assert.Equal("web", conversation[1]);
        Assert.Matches("^[0-9a-f]{64}$", conversation[2]);
        Assert.NotEqual(id, conversation[0]);
        var turns = app.Query("SELECT turn, asked, question, refused, citations FROM turns ORDER BY turn");
        Assert.Equal(["1", "2"], turns.Select(t => t[0]));
        Assert.Equal("còn Hải Phòng thì sao?", turns[1][1]);
        Assert.Equal("Ở Hải Phòng, cơ quan nào phát hiện thông tin sai lệch về giáo dục?", turns[1][2]);
        Assert.Contains("hai-phong-ke-hoach", turns[1][4]);
        var everything = string.Join("|", app.Query("SELECT * FROM conversations").Concat(app.Query("SELECT * FROM turns")).SelectMany(r => r));
        Assert.DoesNotContain(id, everything, StringComparison.Ordinal);
    }
}
