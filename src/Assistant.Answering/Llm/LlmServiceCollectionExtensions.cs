using Assistant.Answering.Llm.Chat;
using Assistant.Answering.Llm.Conversations;
using Assistant.Answering.Llm.Grounding;
using Assistant.Answering.Llm.Prompts;
using Assistant.Core.Answers;
using Assistant.Core.Configuration;
using Assistant.Core.Conversations;
using Assistant.Core.Provinces;
using Assistant.Core.Retrieval;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Assistant.Answering.Llm;

/// <summary>Registration of the model answerer.</summary>
public static class LlmServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="LlmOptions"/> and, only when <c>Llm:Endpoint</c> is set, registers <see cref="LlmAnswerer"/> as
    /// the <see cref="IAnswerer"/> (and the model-backed <see cref="IQuestionRewriter"/>, wrapping any one registered
    /// before). Call it after the extractive answerer's registration: it needs an <see cref="IPassageAnswerer"/> and an
    /// <see cref="IRetriever"/>. With no endpoint nothing else is registered and nothing touches the network.
    /// </summary>
    public static IServiceCollection AddLlmAnswering(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<LlmOptions>().BindConfiguration(LlmOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        var settings = configuration.GetSection(LlmOptions.SectionName).Get<LlmOptions>() ?? new LlmOptions();
        if (!settings.Enabled)
        {
            return services;
        }

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddKeyedSingleton(LlmChatClient.HttpClientKey, (_, _) => new HttpClient { Timeout = Timeout.InfiniteTimeSpan });
        services.TryAddSingleton(sp => PromptLibrary.Load(RepositoryPaths.Resolve(sp.GetRequiredService<IOptions<LlmOptions>>().Value.PromptsDirectory)));
        services.TryAddSingleton(sp => new LlmChatClient(
            sp.GetRequiredService<IOptions<LlmOptions>>(),
            sp.GetRequiredKeyedService<HttpClient>(LlmChatClient.HttpClientKey),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<ILoggerFactory>()));
        services.TryAddSingleton(sp => new ModelAnswerReview(new GroundingChecker(sp.GetService<ProvinceDirectory>())));
        services.TryAddSingleton<LlmAnswerer>();
        services.AddSingleton<IAnswerer>(sp => sp.Understood(sp.GetRequiredService<LlmAnswerer>()));

        var previous = services.LastOrDefault(d => d.ServiceType == typeof(IQuestionRewriter) && !d.IsKeyedService);
        services.RemoveAll<IQuestionRewriter>();
        services.AddSingleton<IQuestionRewriter>(sp => ActivatorUtilities.CreateInstance<LlmQuestionRewriter>(sp, [.. Fallback(previous, sp)]));
        return services;
    }

    private static IEnumerable<object> Fallback(ServiceDescriptor? previous, IServiceProvider services)
    {
        var rewriter = previous switch
        {
            null => null,
            { ImplementationInstance: { } instance } => instance,
            { ImplementationFactory: { } factory } => factory(services),
            { ImplementationType: { } type } => ActivatorUtilities.CreateInstance(services, type),
            _ => null,
        };
        return rewriter is IQuestionRewriter found ? [found] : [];
    }
}
