using Assistant.Channels.Delivery;
using Assistant.Core.Configuration;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Assistant.Channels.Zalo;

/// <summary>The Zalo OA channel's registrations.</summary>
public static class ZaloChannel
{
    /// <summary>Named HttpClient for the OA and OAuth APIs.</summary>
    public const string HttpClientName = "zalo";

    /// <summary>Registers the options always, and the OA (token store, client, intake, worker, webhook) only when <see cref="ZaloOptions.IsActive"/>.</summary>
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
        services.AddSingleton<ZaloDatabase>();
        services.AddSingleton<ZaloTokenStore>();
        services.AddSingleton<IChannelEventStore, ZaloEventStore>();
        services.AddSingleton<ZaloTokenProvider>();
        services.AddSingleton<ZaloClient>();
        services.AddSingleton<ZaloIntake>();
        services.AddSingleton<ZaloResponder>();
        services.AddSingleton<IChannelEndpoint, ZaloWebhook>();
        services.AddHostedService(sp => new QueueWorker<ZaloIncoming>(
            sp.GetRequiredService<ZaloIntake>().Queue,
            sp.GetRequiredService<ZaloResponder>().ProcessAsync,
            settings.Workers));
        return services;
    }

}
