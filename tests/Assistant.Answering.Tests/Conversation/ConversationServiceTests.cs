using Assistant.Core.Conversations;
using Assistant.Retrieval;
using Assistant.Core.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Assistant.Answering.Tests.Conversation;

public sealed class ConversationServiceTests : IDisposable
{
    private readonly DirectoryInfo data = Directory.CreateTempSubdirectory("assistant-conversations-");
    private readonly ServiceProvider services;

    public ConversationServiceTests()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection([new("Data:Directory", data.FullName)]).Build();
        var collection = new ServiceCollection();
        collection.AddLogging();
        collection.AddSingleton<IConfiguration>(configuration);
        collection.AddRetrieval(configuration);
        collection.AddAnswering(configuration);
        collection.AddConversations(configuration);
        services = collection.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
    }

    private IConversationService Conversations => services.GetRequiredService<IConversationService>();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AskAsync_ProvinceFollowUpThenDocumentReference_StaysOnTheFollowedUpPlan()
    {
        var key = new ConversationKey("test", "follow-up");

        await Conversations.AskAsync(key, "Lạng Sơn giao cơ quan nào chủ trì thực hiện kế hoạch truyền thông?", Ct);
        var province = await Conversations.AskAsync(key, "còn Quảng Ngãi thì sao?", Ct);
        var reference = await Conversations.AskAsync(key, "kế hoạch đó giao sở nào chủ trì?", Ct);

        Assert.False(province.Answer.Refused);
        Assert.All(province.Answer.Citations, c => Assert.Equal("quang-ngai-ke-hoach", c.Doc));
        Assert.False(reference.Answer.Refused);
        Assert.All(reference.Answer.Citations, c => Assert.Equal("quang-ngai-ke-hoach", c.Doc));
        Assert.DoesNotContain(reference.Answer.Citations, c => c.Headings.Count == 0);
    }

    [Theory]
    [InlineData("Ở Cần Thơ, cơ quan nào phát hiện thông tin sai lệch về giáo dục?")]
    [InlineData("Lạng Sơn giao cơ quan nào chủ trì thực hiện kế hoạch truyền thông?")]
    [InlineData("Ai ký Quyết định 157/QĐ-TTg?")]
    [InlineData("Giá vàng hôm nay bao nhiêu?")]
    public async Task AskAsync_EverySuggestion_IsAnsweredWhenAskedNext(string question)
    {
        var first = await Conversations.AskAsync(new ConversationKey("test", "first"), question, Ct);

        Assert.InRange(first.Suggestions.Count, 2, 4);
        var named = VietnameseText.Fold(question).ToLowerInvariant();
        foreach (var (suggestion, index) in first.Suggestions.Select((s, i) => (s, i)))
        {
            var key = new ConversationKey("test", $"suggestion-{index}");
            await Conversations.AskAsync(key, question, Ct);
            var next = await Conversations.AskAsync(key, suggestion, Ct);

            Assert.False(next.Answer.Refused, $"'{suggestion}' after '{question}' was refused: {next.Answer.Text}");
            if (suggestion.StartsWith("Còn ", StringComparison.Ordinal))
            {
                var province = VietnameseText.Fold(suggestion[4..^"thì sao?".Length].Trim()).ToLowerInvariant();
                Assert.DoesNotContain(province, named, StringComparison.Ordinal);
            }
        }
    }

    public void Dispose()
    {
        services.Dispose();
        data.Delete(recursive: true);
    }
}
