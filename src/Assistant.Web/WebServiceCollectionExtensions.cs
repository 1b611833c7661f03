using System.Text.Encodings.Web;
using Assistant.Answering;
using Assistant.Channels;
using Assistant.Core.Conversations;
using Assistant.Web.Corpus;
using Assistant.Web.Documents;
using Assistant.Web.Health;
using Assistant.Web.Hosting;
using Assistant.Web.Operations;
using Assistant.Web.Retention;
using Assistant.Web.Review;
using Assistant.Retrieval;
using Assistant.Monitoring;
using Assistant.Web.Posts;
using Assistant.Reporting;
using Assistant.Review;
using Assistant.Web.Storage;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.HttpsPolicy;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Assistant.Web;

/// <summary>The web host's registrations: the one place its services are composed.</summary>
public static class WebServiceCollectionExtensions
{
    /// <summary>
    /// Adds retrieval and answering (the embedded defaults: Lucene index of <c>corpus/documents</c>, extractive answers),
    /// then the conversations (turns recorded in <c>conversations.db</c>), the chat API, health, corpus watching, the chat channels (Telegram, Zalo; off unless
    /// configured) and the operational limits.
    /// </summary>
    public static IServiceCollection AddAssistantWeb(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddRetrieval(configuration);
        services.AddAnswering(configuration);
        services.AddMonitoring(configuration);
        AddValidatedOptions<ServerOptions>(services, ServerOptions.SectionName);
        AddValidatedOptions<ForwardedHeadersSettings>(services, ForwardedHeadersSettings.SectionName);
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<ForwardedHeadersSettings>>((forwarded, settings) =>
        {
            forwarded.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            forwarded.ForwardLimit = settings.Value.ForwardLimit;
            forwarded.KnownProxies.Clear();
            forwarded.KnownIPNetworks.Clear();
            settings.Value.KnownProxies.ForEach(proxy => forwarded.KnownProxies.Add(System.Net.IPAddress.Parse(proxy)));
            settings.Value.KnownNetworks.ForEach(network => forwarded.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network)));
        });
        AddValidatedOptions<LimitsOptions>(services, LimitsOptions.SectionName);
        AddValidatedOptions<RateLimitingOptions>(services, RateLimitingOptions.SectionName);
        AddValidatedOptions<RetentionOptions>(services, RetentionOptions.SectionName);
        AddValidatedOptions<CorpusWatchOptions>(services, CorpusWatchOptions.SectionName);

        services.AddSingleton<WebDatabase>();
        services.AddSingleton<ConversationStore>();
        services.AddSingleton<TurnRecorder>();
        services.AddSingleton<ITurnLog>(sp => sp.GetRequiredService<TurnRecorder>());
        services.AddHostedService(sp => sp.GetRequiredService<TurnRecorder>());
        services.AddSingleton<ITurnQueries, SqliteTurnQueries>();
        services.AddListening(configuration);
        services.AddInsights();
        services.AddReporting();
        services.AddOfficialAnswerServing(configuration);
        services.AddConversations(configuration);
        services.AddSingleton<RetentionSweeper>();
        services.AddHostedService(sp => sp.GetRequiredService<RetentionSweeper>());
        services.AddSingleton<IndexStatus>();
        services.AddHostedService<IndexWarmup>();
        services.AddHostedService<CorpusWatcher>();
        services.AddSingleton<IDocumentLibrary, FileDocumentLibrary>();
        services.AddChannels(configuration);

        services.AddReviewWeb(configuration);
        services.AddClientRateLimiting();
        services.AddExceptionHandler<ApiExceptionHandler>();
        services.AddProblemDetails();
        services.AddOpenApi();
        services.ConfigureHttpJsonOptions(json => json.SerializerOptions.Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping);
        services.AddOptions<KestrelServerOptions>()
            .Configure<IOptions<LimitsOptions>>((kestrel, limits) => kestrel.Limits.MaxRequestBodySize = limits.Value.MaxRequestBodyBytes);
        services.AddOptions<HstsOptions>().Configure<IOptions<ServerOptions>>((hsts, server) => hsts.MaxAge = TimeSpan.FromDays(server.Value.HstsMaxAgeDays));
        services.AddOptions<HostOptions>()
            .Configure<IOptions<ServerOptions>>((host, server) => host.ShutdownTimeout = TimeSpan.FromSeconds(server.Value.ShutdownTimeoutSeconds));
        return services;
    }

    private static void AddValidatedOptions<T>(IServiceCollection services, string section)
        where T : class =>
        services.AddOptions<T>().BindConfiguration(section).ValidateDataAnnotations().ValidateOnStart();
}
