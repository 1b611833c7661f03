using Assistant.Answering.Conversation;
using Assistant.Answering.Extractive;
using Assistant.Answering.Official;
using Assistant.Core.Agencies;
using Assistant.Core.Configuration;
using Assistant.Core.Conversations;
using Assistant.Core.Official;
using Assistant.Core.Provinces;
using Assistant.Core.Retrieval;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Assistant.Answering;

/// <summary>Registration of the conversation service that every host and channel shares.</summary>
public static class ConversationServiceCollectionExtensions
{
    private const string SuggestionChecks = "suggestion-checks";

    /// <summary>
    /// Adds <see cref="IConversationService"/>: conversations kept in memory (<c>Conversations</c> section), follow-ups
    /// rewritten by the <see cref="IQuestionRewriter"/>, answers cached (<c>Chat</c> section) and follow-up suggestions.
    /// Needs an <c>IAnswerer</c> and an <c>IRetriever</c> (<c>AddAnswering</c>, <c>AddRetrieval</c>). Answered turns go to
    /// the registered <see cref="ITurnLog"/>; a host that registers none keeps no record of them.
    /// </summary>
    public static IServiceCollection AddConversations(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSharedOptions(configuration);
        services.AddOptions<ConversationOptions>().Bind(configuration.GetSection(ConversationOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<ChatOptions>().Bind(configuration.GetSection(ChatOptions.SectionName)).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<ITurnLog, UnrecordedTurns>();
        services.TryAddSingleton<IOfficialAnswerFinder, NoOfficialAnswers>();
        services.AddSingleton<SubjectHasher>();
        services.AddSingleton<ConversationMemory>();
        // The suggestion checks keep their own answers: in model mode the conversation's cache holds model answers.
        services.AddKeyedSingleton(SuggestionChecks, (sp, _) => new AnswerCache(sp.GetRequiredService<IOptions<ChatOptions>>(), sp.GetService<IReloadableIndex>()));
        services.AddSingleton(sp => new SuggestionBuilder(
            sp.GetRequiredService<IRetriever>(),
            sp.GetRequiredService<ProvinceDirectory>(),
            sp.GetRequiredService<AgencyDirectory>(),
            sp.GetRequiredService<IQuestionRewriter>(),
            sp.Understood(sp.GetRequiredService<ExtractiveAnswerer>()),
            sp.GetRequiredKeyedService<AnswerCache>(SuggestionChecks)));
        services.AddSingleton<AnswerCache>();
        services.AddSingleton<IConversationService, ConversationService>();
        return services;
    }
}
