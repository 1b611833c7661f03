using Assistant.Channels.Delivery;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Assistant.Channels;

/// <summary>Maps the inbound endpoints of the active channels.</summary>
public static class ChannelsEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps every registered <see cref="IChannelEndpoint"/>: <c>POST /webhooks/telegram</c>, <c>POST /webhooks/zalo</c>
    /// and <c>POST /api/messages</c> (Bot Framework) for the channels that are on.
    /// </summary>
    public static IEndpointRouteBuilder MapChannelWebhooks(this IEndpointRouteBuilder endpoints)
    {
        foreach (var endpoint in endpoints.ServiceProvider.GetServices<IChannelEndpoint>())
        {
            endpoint.Map(endpoints);
        }

        return endpoints;
    }
}
