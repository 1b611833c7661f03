using Assistant.Channels.BotFramework;
using Assistant.Channels.Telegram;
using Assistant.Channels.Zalo;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Assistant.Channels;

/// <summary>Registers the channels (Telegram, Zalo, Bot Framework); each stays off until its settings are present.</summary>
public static class ChannelsServiceCollectionExtensions
{
    /// <summary>
    /// Adds every channel whose settings are present. Needs an <c>IConversationService</c> (<c>AddConversations</c> of Assistant.Answering, composed by the host) and,
    /// for Telegram channel posts, optionally an <c>IPostIntake</c>.
    /// </summary>
    public static IServiceCollection AddChannels(this IServiceCollection services, IConfiguration configuration)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddTelegramChannel(configuration);
        services.AddZaloChannel(configuration);
        services.AddBotFrameworkChannel(configuration);
        return services;
    }
}
