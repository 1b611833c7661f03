using Assistant.Core.Configuration;
using Assistant.Core.Monitoring;
using Assistant.Monitoring.Claims;
using Assistant.Monitoring.Classification;
using Assistant.Monitoring.Intake;
using Assistant.Monitoring.KnownClaims;
using Assistant.Monitoring.Scoring;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Assistant.Monitoring;

/// <summary>Registers the misinformation monitor.</summary>
public static class MonitoringServiceCollectionExtensions
{
    /// <summary>
    /// Adds the classifier (<c>Monitoring:Classifier</c>), the claim check (<c>Monitoring:Claims</c>, needs an
    /// <see cref="Core.Retrieval.IRetriever"/>), known claims (<c>Monitoring:KnownClaims</c>), the risk
    /// (<c>Monitoring:Risk</c>), <see cref="IPostScorer"/>, and the intake (<c>Monitoring:Intake</c>: SQLite store, background
    /// scoring worker). A no-op <see cref="IReviewQueue"/> stands in until
    /// the review queue registers its own.
    /// </summary>
    public static IServiceCollection AddMonitoring(this IServiceCollection services, IConfiguration configuration)
    {
        AddValidatedOptions<DataOptions>(services, configuration, DataOptions.SectionName);
        AddValidatedOptions<ClassifierOptions>(services, configuration, ClassifierOptions.SectionName);
        AddValidatedOptions<ClaimCheckOptions>(services, configuration, ClaimCheckOptions.SectionName);
        AddValidatedOptions<KnownClaimOptions>(services, configuration, KnownClaimOptions.SectionName);
        AddValidatedOptions<RiskOptions>(services, configuration, RiskOptions.SectionName);
        AddValidatedOptions<IntakeOptions>(services, configuration, IntakeOptions.SectionName);
        AddValidatedOptions<PostRetentionOptions>(services, configuration, PostRetentionOptions.SectionName);

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<PostClassifierProvider>();
        services.AddSingleton<ClaimChecker>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IKnownClaimSource, FileKnownClaimSource>());
        services.AddSingleton<KnownClaimMatcher>();
        services.AddSingleton<RiskCalculator>();
        services.AddSingleton<PostScorer>();
        services.AddSingleton<IPostScorer>(sp => sp.GetRequiredService<PostScorer>());
        services.TryAddSingleton<IReviewQueue, NullReviewQueue>();
        services.AddSingleton<PostStore>();
        services.AddSingleton<IntakeSignal>();
        services.AddSingleton<IPostIntake, PostIntake>();
        services.AddSingleton<PostScoringWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<PostScoringWorker>());
        return services;
    }

    private static void AddValidatedOptions<T>(IServiceCollection services, IConfiguration configuration, string section)
        where T : class =>
        services.AddOptions<T>().Bind(configuration.GetSection(section)).ValidateDataAnnotations().ValidateOnStart();
}
