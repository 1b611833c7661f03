using System.Text.Json;
using Assistant.Channels.Delivery;
using Assistant.Core.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Assistant.Channels.BotFramework;

/// <summary>
/// <c>POST /api/messages</c>, the messaging endpoint registered in Azure Bot Service: authenticates the Bot
/// Connector's token, reads the activity, queues messages and the bot's own arrival, and answers 200 at once; the
/// reply is sent in the background. Other activity types are acknowledged and ignored.
/// </summary>
internal sealed class BotFrameworkEndpoint : IChannelEndpoint
{
    /// <summary>The endpoint path.</summary>
    public const string Path = "/api/messages";

    /// <summary>
    /// Where activities enter: an activity id taken before in the same conversation (on any node) (a Bot Connector resend) is
    /// dropped, the rest are queued for the worker so the Bot Connector gets its 200 at once.
    /// </summary>
    public static DedupingIntake<BotActivity> CreateIntake(BotFrameworkOptions settings, IChannelEventStore store, TimeProvider time) =>
        new(store, time, "botframework", TimeSpan.FromHours(settings.DedupeHours), settings.QueueCapacity, activity =>
            activity.Id is { Length: > 0 } id ? $"{activity.ChannelId}\n{activity.Conversation?.Id}\n{id}" : null);

    /// <inheritdoc />
    public void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost(Path, HandleAsync).ExcludeFromDescription();

    private static async Task<IResult> HandleAsync(
        HttpContext http,
        BotFrameworkAuthenticator authenticator,
        DedupingIntake<BotActivity> intake,
        CancellationToken cancellationToken)
    {
        WebhookBodyLimit.Apply(http);
        if (!http.Request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
        {
            return WebhookProblems.Unauthenticated();
        }

        var (caller, unavailable) = await authenticator.AuthenticateAsync(http);
        if (caller is null)
        {
            return unavailable ? WebhookProblems.Busy() : WebhookProblems.InvalidToken();
        }

        BotActivity? activity;
        try
        {
            activity = await JsonSerializer.DeserializeAsync<BotActivity>(http.Request.Body, BotActivity.JsonOptions, cancellationToken);
        }
        catch (JsonException)
        {
            return WebhookProblems.BadBody();
        }
        catch (BadHttpRequestException exception)
        {
            return Results.StatusCode(exception.StatusCode);
        }

        if (activity is null || !IsAddressed(activity))
        {
            return WebhookProblems.BadBody();
        }

        if (!await authenticator.AllowsAsync(caller, activity, cancellationToken))
        {
            return WebhookProblems.InvalidToken();
        }

        var wanted = activity.Type switch
        {
            BotActivity.MessageType => activity.Id is { Length: > 0 },
            BotActivity.ConversationUpdateType => activity.MembersAdded?.Any(m => m.Id == activity.Recipient!.Id) == true,
            _ => false,
        };
        if (activity.Type == BotActivity.MessageType && !wanted)
        {
            return WebhookProblems.BadBody();
        }

        return wanted && await intake.AcceptAsync(activity, cancellationToken) == IntakeResult.Full ? WebhookProblems.Busy() : Results.Ok();
    }

    /// <summary>True when the activity says where a reply would go: type, channel, an absolute http(s) service URL, the conversation and both parties.</summary>
    private static bool IsAddressed(BotActivity activity) =>
        !string.IsNullOrWhiteSpace(activity.Type)
        && !string.IsNullOrWhiteSpace(activity.ChannelId)
        && Uri.TryCreate(activity.ServiceUrl, UriKind.Absolute, out var serviceUrl)
        && (serviceUrl.Scheme == Uri.UriSchemeHttps || serviceUrl.Scheme == Uri.UriSchemeHttp)
        && !string.IsNullOrWhiteSpace(activity.Conversation?.Id)
        && !string.IsNullOrWhiteSpace(activity.Recipient?.Id)
        && !string.IsNullOrWhiteSpace(activity.From?.Id);
}
