using Assistant.Core.Answers;
using Assistant.Core.Configuration;
using Assistant.Core.Conversations;
using Assistant.Web.Retention;
using Assistant.Web.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Assistant.Web.Tests.Retention;

public sealed class RetentionSweeperTests : IDisposable
{
    private static readonly DateTimeOffset Now = new(2026, 6, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly DirectoryInfo data = Directory.CreateTempSubdirectory("assistant-retention-");

    [Fact]
    public async Task Sweep_ConversationsPastRetention_AreDeletedWithTurnsAndFeedback()
    {
        var store = new ConversationStore(new WebDatabase(Options.Create(new DataOptions { Directory = data.FullName })));
        await store.SaveAsync([Turn("old", Now.AddDays(-91)), Turn("recent", Now.AddDays(-89))], TestContext.Current.CancellationToken);
        await store.SaveFeedbackAsync("old", 1, "old-answer", "up", null, Now.AddDays(-91), TestContext.Current.CancellationToken);
        await store.SaveFeedbackAsync("recent", 1, "recent-answer", "down", "chưa rõ", Now.AddDays(-89), TestContext.Current.CancellationToken);
        var sweeper = new RetentionSweeper(store, Options.Create(new RetentionOptions { ConversationDays = 90 }), new ManualTimeProvider(Now), NullLogger<RetentionSweeper>.Instance);

        var deleted = await sweeper.SweepAsync(TestContext.Current.CancellationToken);

        Assert.Equal(1, deleted);
        Assert.Equal(["recent"], Column("SELECT id FROM conversations"));
        Assert.Equal(["recent"], Column("SELECT conversation_id FROM turns"));
        Assert.Equal(["recent"], Column("SELECT conversation_id FROM feedback"));
    }

    [Fact]
    public async Task Sweep_MoreConversationsThanTheCap_KeepsOnlyTheMostRecent()
    {
        var store = new ConversationStore(new WebDatabase(Options.Create(new DataOptions { Directory = data.FullName })));
        await store.SaveAsync(Enumerable.Range(1, 5).Select(i => Turn($"c{i}", Now.AddDays(-10 + i))).ToList(), TestContext.Current.CancellationToken);
        var sweeper = new RetentionSweeper(store, Options.Create(new RetentionOptions { ConversationDays = 90, MaxConversations = 3 }), new ManualTimeProvider(Now), NullLogger<RetentionSweeper>.Instance);

        var deleted = await sweeper.SweepAsync(TestContext.Current.CancellationToken);

        Assert.Equal(2, deleted);
        Assert.Equal(["c3", "c4", "c5"], Column("SELECT id FROM conversations ORDER BY id"));
        Assert.Equal(["c3", "c4", "c5"], Column("SELECT conversation_id FROM turns ORDER BY conversation_id"));
    }

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        data.Delete(recursive: true);
    }

    private static StoredTurn Turn(string conversationId, DateTimeOffset at) => new(
        conversationId, "web", new string('a', 64), at, 1, $"{conversationId}-answer", "Câu hỏi?",
        new Answer { Question = "Câu hỏi?", Text = "Trả lời." }, at);

    private List<string> Column(string sql)
    {
        using var connection = new SqliteConnection($"Data Source={Path.Combine(data.FullName, WebDatabase.FileName)}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        using var reader = command.ExecuteReader();
        var values = new List<string>();
        while (reader.Read())
        {
            values.Add(reader.GetString(0));
        }

        return values;
    }
}
