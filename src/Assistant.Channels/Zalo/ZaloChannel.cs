using Assistant.Channels.Delivery;
using Assistant.Core.Configuration;
using Assistant.Core.Storage;
using Assistant.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Assistant.Channels.Zalo;

/// <summary>The Zalo OA channel's registrations.</summary>
public static class ZaloChannel
{
    /// <summary>Named HttpClient for the OA and OAuth APIs.</summary>
    public const string HttpClientName = "zalo";

    /// <summary>Registers the options always, and the OA (stores of <c>Storage:Provider</c>, client, intake, worker, webhook) only when <see cref="ZaloOptions.IsActive"/>.</summary>
    public static IServiceCollection AddZaloChannel(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ZaloOptions>().BindConfiguration(ZaloOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        var settings = configuration.GetSection(ZaloOptions.SectionName).Get<ZaloOptions>() ?? new ZaloOptions();
        if (!settings.IsActive)
        {
            return services;
        }

        services.AddSharedOptions(configuration);
        services.AddHttpClient(HttpClientName);
        services.AddSingleton<ZaloResilience>();
        services.AddStorage(configuration);
        services.AddSingleton<ZaloTokenProvider>();
        services.AddSingleton<ZaloClient>();
        services.AddSingleton(sp => new DedupingIntake<ZaloIncoming>(
            sp.GetRequiredService<IChannelEventStore>(), sp.GetRequiredService<TimeProvider>(), "zalo",
            TimeSpan.FromSeconds(2.0 * settings.MaxEventAgeSeconds), settings.QueueCapacity, incoming => incoming.MessageId));
        services.AddSingleton<ZaloResponder>();
        services.AddSingleton<IChannelEndpoint, ZaloWebhook>();
        services.AddHostedService(sp => new QueueWorker<ZaloIncoming>(
            sp.GetRequiredService<DedupingIntake<ZaloIncoming>>().Queue,
            sp.GetRequiredService<ZaloResponder>().ProcessAsync,
            settings.Workers));
        return services;
    }

}
