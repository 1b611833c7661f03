using Assistant.Answering.Conversation;
using Assistant.Answering.Extractive;
using Assistant.Answering.Llm;
using Assistant.Answering.Questions;
using Assistant.Answering.Referral;
using Assistant.Answering.Understanding;
using Assistant.Core.Agencies;
using Assistant.Core.Answers;
using Assistant.Core.Configuration;
using Assistant.Core.Retrieval;
using Assistant.Core.Conversations;
using Assistant.Core.Lexicon;
using Assistant.Core.Questions;
using Assistant.Core.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Assistant.Answering;

/// <summary>Registration of the answerers.</summary>
public static class AnsweringServiceCollectionExtensions
{
    /// <summary>
    /// Registers the question-understanding stage (its word lists from <c>corpus/lexicon/</c>), the agency directory, the extractive answerer
    /// as <see cref="IPassageAnswerer"/> and, behind the stage, as the default <see cref="IAnswerer"/>, the rule-based
    /// follow-up rewriter, and — only when <c>Llm:Endpoint</c> is set — the model answerer over them.
    /// </summary>
    public static IServiceCollection AddAnswering(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ExtractiveOptions>().BindConfiguration(ExtractiveOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSharedOptions(configuration);
        services.AddOptions<ReferralOptions>().BindConfiguration(ReferralOptions.SectionName).ValidateOnStart();
        services.AddSingleton<IValidateOptions<ReferralOptions>, ReferralOptionsValidator>();
        services.AddSingleton<ReferralWriter>();
        services.AddSingleton<RefusalWriter>();
        services.AddSingleton<ExtractiveAnswerer>();
        services.AddSingleton<IPassageAnswerer>(sp => sp.GetRequiredService<ExtractiveAnswerer>());
        services.TryAddSingleton(sp => QuestionLexicon.Load(sp.GetRequiredService<IOptions<CorpusOptions>>().Value.LexiconPath));
        services.TryAddSingleton(sp => AgencyDirectory.Load(sp.GetRequiredService<IOptions<CorpusOptions>>().Value.LexiconPath));
        services.TryAddSingleton<QuestionUnderstanding>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ICorpusTables, AnsweringCorpusTables>());
        services.TryAddSingleton<IChatWriting, UnderstandingChatWriting>();
        services.TryAddSingleton<IQuestionReader, UnderstandingQuestionReader>();
        services.AddSingleton<IAnswerer>(sp => sp.Understood(sp.GetRequiredService<ExtractiveAnswerer>()));
        services.TryAddSingleton<IQuestionRewriter, RuleBasedQuestionRewriter>();
        return services.AddLlmAnswering(configuration);
    }

    /// <summary><paramref name="answerer"/> behind the question-understanding stage.</summary>
    public static IAnswerer Understood(this IServiceProvider services, IAnswerer answerer) =>
        new UnderstandingAnswerer(services.GetRequiredService<QuestionUnderstanding>(), services.GetRequiredService<QuestionLexicon>(), answerer);
}
