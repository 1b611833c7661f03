using Assistant.Channels.BotFramework;
using Assistant.Channels.Telegram;
using Assistant.Channels.Zalo;
using Microsoft.AspNetCore.Routing;

namespace Assistant.Channels;

/// <summary>Maps the webhooks of the active channels under <c>/webhooks</c>.</summary>
public static class ChannelsEndpointRouteBuilderExtensions
{
    /// <summary>Maps <c>POST /webhooks/telegram</c> and <c>POST /webhooks/zalo</c> for the channels that are on.</summary>
    public static IEndpointRouteBuilder MapChannelWebhooks(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapTelegramWebhook();
        endpoints.MapZaloWebhook();
        endpoints.MapBotFrameworkEndpoint();
        return endpoints;
    }
}
