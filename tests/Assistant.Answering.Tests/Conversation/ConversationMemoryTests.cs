using Assistant.Core.Configuration;
using Assistant.Core.Conversations;
using Assistant.Answering.Conversation;
using Assistant.Answering.Tests.Llm.Fakes;
using Microsoft.Extensions.Options;

namespace Assistant.Answering.Tests.Conversation;

public sealed class ConversationMemoryTests : IDisposable
{
    private readonly DirectoryInfo data = Directory.CreateTempSubdirectory("assistant-memory-");
    private readonly ShiftableTimeProvider time = new();

    [Fact]
    public void GetOrStart_SameKeyWithinIdleTime_ReturnsTheSameConversation()
    {
        var memory = Memory(new ConversationOptions { IdleMinutes = 30 });
        var first = memory.GetOrStart(new ConversationKey("web", "abcdefgh1"));

        time.Advance(TimeSpan.FromMinutes(29));
        var again = memory.GetOrStart(new ConversationKey("web", "abcdefgh1"));

        Assert.Same(first, again);
    }

    [Fact]
    public void GetOrStart_AfterIdleTime_StartsANewConversation()
    {
        var memory = Memory(new ConversationOptions { IdleMinutes = 30 });
        var first = memory.GetOrStart(new ConversationKey("telegram", "12345"));

        time.Advance(TimeSpan.FromMinutes(31));
        var later = memory.GetOrStart(new ConversationKey("telegram", "12345"));

        Assert.NotSame(first, later);
        Assert.NotEqual(first.Id, later.Id);
        Assert.Null(memory.Find(new ConversationKey("web", "12345")));
    }

    [Fact]
    public void GetOrStart_BeyondMaxCount_DropsTheLeastRecentlyActive()
    {
        var memory = Memory(new ConversationOptions { MaxCount = 10 });
        for (var i = 0; i < 30; i++)
        {
            memory.GetOrStart(new ConversationKey("web", $"conversation-{i}"));
            time.Advance(TimeSpan.FromSeconds(1));
        }

        Assert.InRange(memory.Count, 1, 10);
        Assert.NotNull(memory.Find(new ConversationKey("web", "conversation-29")));
        Assert.Null(memory.Find(new ConversationKey("web", "conversation-0")));
    }

    [Fact]
    public void Hash_SameSubjectOnTwoChannels_Differs()
    {
        var hasher = Hasher(new ConversationOptions { HashSalt = "pepper" });

        var web = hasher.Hash(new ConversationKey("web", "42"));
        var telegram = hasher.Hash(new ConversationKey("telegram", "42"));

        Assert.NotEqual(web, telegram);
        Assert.Matches("^[0-9a-f]{64}$", web);
        Assert.DoesNotContain("42", web, StringComparison.Ordinal);
    }

    [Fact]
    public void Hash_GeneratedSalt_IsKeptAcrossInstances()
    {
        var key = new ConversationKey("zalo", "user-1");

        var first = Hasher(new ConversationOptions()).Hash(key);
        var second = Hasher(new ConversationOptions()).Hash(key);

        Assert.Equal(first, second);
        Assert.True(File.Exists(Path.Combine(data.FullName, SubjectHasher.SaltFileName)));
    }

    public void Dispose() => data.Delete(recursive: true);

    private ConversationMemory Memory(ConversationOptions options) => new(Options.Create(options), Hasher(options), time);

    private SubjectHasher Hasher(ConversationOptions options) =>
        new(Options.Create(options), Options.Create(new DataOptions { Directory = data.FullName }));
}
