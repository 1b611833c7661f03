using Assistant.Evaluation.Articles;
using Assistant.Evaluation.Qa;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Assistant.Evaluation;

/// <summary>Registration of the eval harness.</summary>
public static class EvaluationServiceCollectionExtensions
{
    /// <summary>
    /// Binds <see cref="EvaluationOptions"/> and registers <see cref="QaRunner"/> (it needs an <c>IRetriever</c>) and
    /// <see cref="ArticleRetrievalRunner"/> (given the retriever to measure by its caller). Answerers are
    /// keyed <c>IAnswerer</c> services named by <c>AnswerMode</c>; post scoring uses <c>IPostScorer</c> and keyed
    /// <c>IClassifierTrainer</c>s when registered.
    /// </summary>
    public static IServiceCollection AddEvaluation(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<EvaluationOptions>().BindConfiguration(EvaluationOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<QaRunner>();
        services.AddSingleton<ArticleRetrievalRunner>();
        return services;
    }
}
