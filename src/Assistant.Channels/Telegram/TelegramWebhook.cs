using System.Globalization;
using System.Text.Json;
using Assistant.Channels.Delivery;
using Assistant.Core.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace Assistant.Channels.Telegram;

/// <summary>
/// <c>POST /webhooks/telegram</c>: checks the secret header (constant time), reads the update and queues it;
/// answers 200 at once — the reply is sent in the background.
/// </summary>
internal sealed class TelegramWebhook : IChannelEndpoint
{
    /// <summary>The webhook path.</summary>
    public const string Path = "/webhooks/telegram";

    /// <summary>The header Telegram puts the secret in.</summary>
    public const string SecretHeader = "X-Telegram-Bot-Api-Secret-Token";

    /// <summary>
    /// Where updates enter, from the webhook or from polling: a resent <c>update_id</c> is dropped, the rest are queued
    /// for the background worker so Telegram gets its 2xx at once.
    /// </summary>
    public static DedupingIntake<Update> CreateIntake(TelegramOptions settings, IChannelEventStore store, TimeProvider time) =>
        new(store, time, "telegram", TimeSpan.FromHours(settings.DedupeHours), settings.QueueCapacity, update => update.Id.ToString(CultureInfo.InvariantCulture));

    /// <inheritdoc />
    public void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost(Path, HandleAsync).ExcludeFromDescription();

    private static async Task<IResult> HandleAsync(
        HttpRequest request,
        IOptions<TelegramOptions> options,
        DedupingIntake<Update> intake,
        CancellationToken cancellationToken)
    {
        WebhookBodyLimit.Apply(request.HttpContext);
        var secret = options.Value.SecretToken;
        if (!request.Headers.TryGetValue(SecretHeader, out var given) || string.IsNullOrEmpty(given))
        {
            return WebhookProblems.Unauthenticated();
        }

        if (string.IsNullOrEmpty(secret) || !SecretComparer.AreEqual(given.ToString(), secret))
        {
            return WebhookProblems.Forbidden();
        }

        Update? update;
        try
        {
            update = await JsonSerializer.DeserializeAsync<Update>(request.Body, JsonBotAPI.Options, cancellationToken);
        }
        catch (Exception exception) when (exception is JsonException or NotSupportedException or InvalidOperationException or ArgumentException or FormatException)
        {
            return WebhookProblems.BadBody();
        }
        catch (BadHttpRequestException exception)
        {
            return Results.StatusCode(exception.StatusCode);
        }

        if (update is null || update.Id <= 0)
        {
            return WebhookProblems.BadBody();
        }

        return await intake.AcceptAsync(update, cancellationToken) == IntakeResult.Full ? WebhookProblems.Busy() : Results.Ok();
    }
}
