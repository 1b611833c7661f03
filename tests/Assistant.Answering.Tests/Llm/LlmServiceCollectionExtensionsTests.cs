using Assistant.Answering.Understanding;
using Assistant.Answering.Extractive;
using Assistant.Answering.Llm;
using Assistant.Answering.Llm.Chat;
using Assistant.Answering.Llm.Conversations;
using Assistant.Answering.Tests.Llm.Fakes;
using Assistant.Core.Answers;
using Assistant.Core.Conversations;
using Assistant.Core.Provinces;
using Assistant.Core.Retrieval;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Assistant.Answering.Tests.Llm;

public sealed class LlmServiceCollectionExtensionsTests
{
    private const string Question = "Quyết định 157/QĐ-TTg do ai ký, ngày nào?";

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public async Task AddLlmAnswering_NoEndpoint_ExtractiveAnswersAndNothingTouchesTheNetwork(string? endpoint)
    {
        var handler = new CountingHandler();
        using var provider = Build(new() { ["Llm:Endpoint"] = endpoint, ["Llm:ApiKey"] = "secret" }, new HttpClient(handler));

        var answerer = provider.GetRequiredService<IAnswerer>();
        var answer = await answerer.AnswerAsync(Question, TestContext.Current.CancellationToken);
        await provider.GetRequiredService<IQuestionRewriter>().RewriteAsync("còn Hải Phòng thì sao?", [new ConversationTurn(Question, answer)], TestContext.Current.CancellationToken);

        Assert.IsType<ExtractiveAnswerer>(Assert.IsType<UnderstandingAnswerer>(answerer).Inner);
        Assert.Equal(AnswerMode.Extractive, answer.Mode);
        Assert.Null(provider.GetService<LlmChatClient>());
        Assert.IsType<FixedRewriter>(provider.GetRequiredService<IQuestionRewriter>());
        Assert.Equal(0, handler.Calls);
    }

    [Fact]
    public async Task AddLlmAnswering_EndpointSet_ModelAnswersAndRewriterWrapsTheEarlierOne()
    {
        await using var server = await FakeChatServer.StartAsync();
        server.Enqueue(FakeReply.Text(r => $"Phó Thủ tướng Lê Thành Long ký [{r.NumberOf("Lê Thành Long")}]."));
        using var provider = Build(new() { ["Llm:Endpoint"] = server.Endpoint, ["Llm:Model"] = "test-model", ["Llm:MaxRetries"] = "0" }, new HttpClient());

        var answer = await provider.GetRequiredService<IAnswerer>().AnswerAsync(Question, TestContext.Current.CancellationToken);
        var rewriter = provider.GetRequiredService<IQuestionRewriter>();
        var rewritten = await rewriter.RewriteAsync("còn Hải Phòng thì sao?", [new ConversationTurn(Question, answer)], TestContext.Current.CancellationToken);

        Assert.IsType<LlmAnswerer>(Assert.IsType<UnderstandingAnswerer>(provider.GetRequiredService<IAnswerer>()).Inner);
        Assert.Equal(AnswerMode.Llm, answer.Mode);
        Assert.IsType<LlmQuestionRewriter>(rewriter);
        Assert.Equal("(quy tắc) còn Hải Phòng thì sao?", rewritten); // the server now answers 500: the earlier rewriter steps in
    }

    [Theory]
    [InlineData("http://127.0.0.1:11434/v1", "", "Llm:Model")]
    [InlineData("not a url", "m", "Llm:Endpoint")]
    [InlineData("ftp://127.0.0.1/v1", "m", "Llm:Endpoint")]
    [InlineData("http://127.0.0.1:11434/v1", "m", "Llm:PromptsDirectory", "no-such-prompts")]
    public void AddLlmAnswering_BadSettings_FailNamingTheSetting(string endpoint, string model, string setting, string prompts = "prompts")
    {
        using var provider = Build(new() { ["Llm:Endpoint"] = endpoint, ["Llm:Model"] = model, ["Llm:PromptsDirectory"] = prompts }, new HttpClient(new CountingHandler()));

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<LlmOptions>>().Value);

        Assert.Contains(setting, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddLlmAnswering_CircuitBreakerOutOfRange_FailsNamingTheSection()
    {
        using var provider = Build(new() { ["Llm:Endpoint"] = "http://127.0.0.1:1/v1", ["Llm:Model"] = "m", ["Llm:CircuitBreaker:BreakDurationSeconds"] = "0.1" }, new HttpClient(new CountingHandler()));

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<LlmOptions>>().Value);

        Assert.Contains("Llm:CircuitBreaker", error.Message, StringComparison.Ordinal);
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings, HttpClient http)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging();
        services.AddSingleton<IRetriever>(TestLlm.Retriever);
        services.AddSingleton(TestCorpus.Provinces);
        services.AddSingleton<IQuestionRewriter, FixedRewriter>();
        services.AddKeyedSingleton(LlmChatClient.HttpClientKey, http);
        services.AddAnswering(configuration);
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }
}
