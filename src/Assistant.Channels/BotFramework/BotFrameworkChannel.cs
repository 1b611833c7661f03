using Assistant.Channels.Delivery;
using Assistant.Core.Storage;
using Assistant.Storage;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Assistant.Channels.BotFramework;

/// <summary>The Bot Framework channel's registrations.</summary>
public static class BotFrameworkChannel
{
    /// <summary>Named HttpClient for the Bot Connector and the token endpoint.</summary>
    public const string HttpClientName = "botframework";

    /// <summary>
    /// Registers the options always, and the channel (JWT bearer scheme, token provider, connector client, intake,
    /// worker, <c>POST /api/messages</c>) only when <see cref="BotFrameworkOptions.IsActive"/>; nothing is contacted until the first request.
    /// </summary>
    public static IServiceCollection AddBotFrameworkChannel(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<BotFrameworkOptions>().BindConfiguration(BotFrameworkOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        var settings = configuration.GetSection(BotFrameworkOptions.SectionName).Get<BotFrameworkOptions>() ?? new BotFrameworkOptions();
        if (!settings.IsActive)
        {
            return services;
        }

        services.AddAuthentication().AddJwtBearer(BotFrameworkAuthenticator.Scheme, _ => { });
        services.AddOptions<JwtBearerOptions>(BotFrameworkAuthenticator.Scheme)
            .Configure<IOptions<BotFrameworkOptions>>((jwt, options) => BotFrameworkAuthenticator.Configure(jwt, options.Value));
        services.AddHttpClient(HttpClientName);
        services.AddSingleton<BotFrameworkAuthenticator>();
        services.AddSingleton<BotFrameworkResilience>();
        services.AddSingleton<BotFrameworkCredentials>();
        services.AddSingleton<BotFrameworkTokenProvider>();
        services.AddSingleton<BotConnectorClient>();
        services.AddStorage(configuration);
        services.AddSingleton(sp => BotFrameworkEndpoint.CreateIntake(
            sp.GetRequiredService<IOptions<BotFrameworkOptions>>().Value, sp.GetRequiredService<IChannelEventStore>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<BotFrameworkResponder>();
        services.AddSingleton<IChannelEndpoint, BotFrameworkEndpoint>();
        services.AddHostedService(sp => new QueueWorker<BotActivity>(
            sp.GetRequiredService<DedupingIntake<BotActivity>>().Queue,
            sp.GetRequiredService<BotFrameworkResponder>().ProcessAsync,
            settings.Workers));
        return services;
    }

}
