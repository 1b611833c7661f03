using System.Net;
using Assistant.Core.Agencies;
using Assistant.Core.Configuration;
using Assistant.Core.Retrieval;
using Assistant.Core.Monitoring;
using Assistant.Monitoring.Claims;
using Assistant.Monitoring.Claims.Lexicon;
using Assistant.Monitoring.Classification;
using Assistant.Monitoring.Feeds;
using Assistant.Monitoring.Intake;
using Assistant.Monitoring.KnownClaims;
using Assistant.Monitoring.Scoring;
using Assistant.Core.Storage;
using Assistant.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Assistant.Monitoring;

/// <summary>Registers the misinformation monitor.</summary>
public static class MonitoringServiceCollectionExtensions
{
    /// <summary>
    /// Adds the classifier (<c>Monitoring:Classifier</c>), the claim check (<c>Monitoring:Claims</c>, needs an
    /// <see cref="Core.Retrieval.IRetriever"/>; agencies from <c>corpus/lexicon/agencies.json</c>), known claims (<c>Monitoring:KnownClaims</c>), the risk
    /// (<c>Monitoring:Risk</c>), <see cref="IPostScorer"/>, and the intake (<c>Monitoring:Intake</c>: the post store of <c>Storage:Provider</c>,
    /// background scoring worker, retention sweeper on the leader), and the feed poller (<c>Monitoring:Feeds</c>: RSS/Atom feeds polled into the intake). A no-op
    /// <see cref="IReviewQueue"/> stands in until the review queue registers its own.
    /// </summary>
    public static IServiceCollection AddMonitoring(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSharedOptions(configuration);
        AddValidatedOptions<ClassifierOptions>(services, configuration, ClassifierOptions.SectionName);
        AddValidatedOptions<ClaimCheckOptions>(services, configuration, ClaimCheckOptions.SectionName);
        AddValidatedOptions<KnownClaimOptions>(services, configuration, KnownClaimOptions.SectionName);
        AddValidatedOptions<RiskOptions>(services, configuration, RiskOptions.SectionName);
        AddValidatedOptions<IntakeOptions>(services, configuration, IntakeOptions.SectionName);
        AddValidatedOptions<PostRetentionOptions>(services, configuration, PostRetentionOptions.SectionName);
        AddValidatedOptions<FeedOptions>(services, configuration, FeedOptions.SectionName);

        services.AddSingleton<PostClassifierProvider>();
        services.AddHostedService<ClassifierWarmup>();
        services.TryAddSingleton(sp => AgencyDirectory.Load(sp.GetRequiredService<IOptions<CorpusOptions>>().Value.LexiconPath));
        AddClaimRules(services);
        services.AddSingleton(sp => new ClaimChecker(
            sp.GetRequiredService<Core.Retrieval.IRetriever>(),
            sp.GetRequiredService<Core.Provinces.ProvinceDirectory>(),
            sp.GetServices<IClaimRule>(),
            sp.GetRequiredService<IOptions<ClaimCheckOptions>>(),
            sp.GetService<Core.Text.IChatWriting>()));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IKnownClaimSource, FileKnownClaimSource>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ICorpusTables, ClaimCorpusTables>());
        services.AddSingleton<KnownClaimMatcher>();
        services.AddSingleton<RiskCalculator>();
        services.AddSingleton<PostScorer>();
        services.AddSingleton<IPostScorer>(sp => sp.GetRequiredService<PostScorer>());
        services.TryAddSingleton<IReviewQueue, NullReviewQueue>();
        services.AddStorage(configuration);
        services.AddSingleton<IPostArchive>(sp => sp.GetRequiredService<IPostStore>());
        services.AddSingleton<IntakeSignal>();
        services.AddSingleton<IPostIntake, PostIntake>();
        services.AddSingleton<PostScoringWorker>();
        services.AddHostedService(sp => sp.GetRequiredService<PostScoringWorker>());
        services.AddHostedService<PostRetentionSweeper>();
        AddFeeds(services);
        return services;
    }

    /// <summary>The claim rules, run in this order; a new rule is one class and one line here.</summary>
    private static void AddClaimRules(IServiceCollection services)
    {
        services.TryAddSingleton(sp => ClaimLexicon.Load(sp.GetRequiredService<IOptions<CorpusOptions>>().Value.LexiconPath));
        services.TryAddSingleton<IssuingBodies>();
        services.AddSingleton<IClaimRule, QuantityRule>();
        services.AddSingleton<IClaimRule, PeriodRule>();
        services.AddSingleton<IClaimRule, DocumentDateRule>();
        services.AddSingleton<IClaimRule, SignerRule>();
        services.AddSingleton<IClaimRule, IssuerRule>();
        services.AddSingleton<IClaimRule, RepealRule>();
        services.AddSingleton<IClaimRule, NegationComparison>();
        services.AddSingleton<IClaimRule, AgencyComparison>();
        services.AddSingleton<IClaimRule, ReportingCycleRule>();
        services.AddSingleton<IClaimRule, ObligationRule>();
    }

    private static void AddFeeds(IServiceCollection services)
    {
        services.AddHttpClient(FeedFetcher.HttpClientName, client => client.Timeout = Timeout.InfiniteTimeSpan)
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AutomaticDecompression = DecompressionMethods.All });
        services.AddSingleton<FeedFetcher>();
        services.AddSingleton<FeedParser>();
        services.AddSingleton<FeedPoller>();
        services.AddHostedService(sp => sp.GetRequiredService<FeedPoller>());
    }

    private static void AddValidatedOptions<T>(IServiceCollection services, IConfiguration configuration, string section)
        where T : class =>
        services.AddOptions<T>().Bind(configuration.GetSection(section)).ValidateDataAnnotations().ValidateOnStart();
}
