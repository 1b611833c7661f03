using Assistant.Channels.Delivery;
using Assistant.Core.Storage;
using Assistant.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace Assistant.Channels.Telegram;

/// <summary>The Telegram channel's registrations.</summary>
public static class TelegramChannel
{
    /// <summary>Named HttpClient the bot client uses.</summary>
    public const string HttpClientName = "telegram";

    /// <summary>
    /// Registers the options always, and the bot (client, intake, worker, polling in <see cref="TelegramMode.Polling"/> or the webhook otherwise,
    /// <see cref="TelegramNotifier"/> for notices) only when <see cref="TelegramOptions.IsActive"/>.
    /// </summary>
    public static IServiceCollection AddTelegramChannel(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<TelegramOptions>().BindConfiguration(TelegramOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        var settings = configuration.GetSection(TelegramOptions.SectionName).Get<TelegramOptions>() ?? new TelegramOptions();
        if (!settings.IsActive)
        {
            return services;
        }

        services.AddHttpClient(HttpClientName);
        services.AddSingleton<ITelegramBotClient>(sp => CreateClient(
            sp.GetRequiredService<IOptions<TelegramOptions>>().Value,
            sp.GetRequiredService<IHttpClientFactory>().CreateClient(HttpClientName)));
        services.AddSingleton<TelegramSender>();
        services.AddSingleton<TelegramBotIdentity>();
        services.AddStorage(configuration);
        services.AddSingleton(sp => TelegramWebhook.CreateIntake(
            sp.GetRequiredService<IOptions<TelegramOptions>>().Value, sp.GetRequiredService<IChannelEventStore>(), sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<TelegramUpdateProcessor>();
        services.AddHostedService(sp => new QueueWorker<Update>(
            sp.GetRequiredService<DedupingIntake<Update>>().Queue,
            sp.GetRequiredService<TelegramUpdateProcessor>().ProcessAsync,
            settings.Workers));
        services.AddSingleton(sp => new TelegramNotifier(
            sp.GetRequiredService<TelegramSender>(),
            settings.QueueCapacity,
            sp.GetRequiredService<ILogger<TelegramNotifier>>()));
        services.AddHostedService(sp =>
        {
            var notifier = sp.GetRequiredService<TelegramNotifier>();
            return new QueueWorker<TelegramNotice>(notifier.Queue, notifier.SendAsync, workers: 1);
        });
        if (settings.Mode == TelegramMode.Polling)
        {
            services.AddHostedService<TelegramPoller>();
        }
        else
        {
            services.AddSingleton<IChannelEndpoint, TelegramWebhook>();
        }

        return services;
    }

    /// <summary>
    /// The real Bot API client for <paramref name="settings"/>; its own 429 retry is off because
    /// <see cref="TelegramSender"/>'s Polly pipeline handles it.
    /// </summary>
    public static ITelegramBotClient CreateClient(TelegramOptions settings, HttpClient http)
    {
        var baseUrl = string.IsNullOrWhiteSpace(settings.ApiBaseUrl) ? null : settings.ApiBaseUrl;
        return new TelegramBotClient(new TelegramBotClientOptions(settings.BotToken, baseUrl) { RetryThreshold = 0 }, http);
    }
}
