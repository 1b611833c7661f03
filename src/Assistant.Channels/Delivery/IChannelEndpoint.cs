using Microsoft.AspNetCore.Routing;

namespace Assistant.Channels.Delivery;

/// <summary>
/// A channel's inbound endpoint (its webhook). A channel registers one only when it is active, and
/// <see cref="ChannelsEndpointRouteBuilderExtensions.MapChannelWebhooks"/> maps every registered one, so adding a
/// channel never edits the mapping.
/// </summary>
public interface IChannelEndpoint
{
    /// <summary>Maps the endpoint onto <paramref name="endpoints"/>.</summary>
    void Map(IEndpointRouteBuilder endpoints);
}
