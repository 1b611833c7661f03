using Assistant.Answering.Conversation;
using Assistant.Answering.Extractive;
using Assistant.Answering.Llm;
using Assistant.Answering.Referral;
using Assistant.Core.Answers;
using Assistant.Core.Conversations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Assistant.Answering;

/// <summary>Registration of the answerers.</summary>
public static class AnsweringServiceCollectionExtensions
{
    /// <summary>
    /// Registers the extractive answerer as <see cref="IPassageAnswerer"/> and as the default <see cref="IAnswerer"/>,
    /// the rule-based follow-up rewriter, and — only when <c>Llm:Endpoint</c> is set — the model answerer over them.
    /// </summary>
    public static IServiceCollection AddAnswering(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ExtractiveOptions>().BindConfiguration(ExtractiveOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<ReferralOptions>().BindConfiguration(ReferralOptions.SectionName);
        services.AddSingleton<ReferralWriter>();
        services.AddSingleton<RefusalWriter>();
        services.AddSingleton<ExtractiveAnswerer>();
        services.AddSingleton<IPassageAnswerer>(sp => sp.GetRequiredService<ExtractiveAnswerer>());
        services.AddSingleton<IAnswerer>(sp => sp.GetRequiredService<ExtractiveAnswerer>());
        services.TryAddSingleton<IQuestionRewriter, RuleBasedQuestionRewriter>();
        return services.AddLlmAnswering(configuration);
    }
}
