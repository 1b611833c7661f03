using System.Globalization;
using System.Text;
using Assistant.Channels.Delivery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace Assistant.Channels.Zalo;

/// <summary>
/// <c>POST /webhooks/zalo</c>: verifies <c>X-ZEvent-Signature</c> over the raw body, queues the user's message and
/// answers 200 at once (Zalo wants it within 2 seconds); the reply is sent in the background.
/// </summary>
internal sealed class ZaloWebhook : IChannelEndpoint
{
    /// <summary>The webhook path.</summary>
    public const string Path = "/webhooks/zalo";

    private const string TextEvent = "user_send_text";
    private const string UserSendPrefix = "user_send_";

    /// <inheritdoc />
    public void Map(IEndpointRouteBuilder endpoints) =>
        endpoints.MapPost(Path, HandleAsync).ExcludeFromDescription();

    private static async Task<IResult> HandleAsync(
        HttpRequest request,
        IOptions<ZaloOptions> options,
        DedupingIntake<ZaloIncoming> intake,
        TimeProvider time,
        CancellationToken cancellationToken)
    {
        WebhookBodyLimit.Apply(request.HttpContext);
        if (!request.Headers.TryGetValue(ZaloSignature.Header, out var signature) || string.IsNullOrWhiteSpace(signature))
        {
            return WebhookProblems.Unauthenticated();
        }

        string raw;
        try
        {
            using var reader = new StreamReader(request.Body, Encoding.UTF8);
            raw = await reader.ReadToEndAsync(cancellationToken);
        }
        catch (BadHttpRequestException exception)
        {
            return Results.StatusCode(exception.StatusCode);
        }

        if (ZaloEventReader.Read(raw) is not { } zaloEvent)
        {
            return WebhookProblems.BadBody();
        }

        var settings = options.Value;
        if (!ZaloSignature.Verify(signature.ToString(), settings.AppId, raw, zaloEvent.Timestamp, settings.OaSecretKey))
        {
            return WebhookProblems.Forbidden();
        }

        if (!long.TryParse(zaloEvent.Timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var milliseconds)
            || Math.Abs((time.GetUtcNow().ToUnixTimeMilliseconds() / 1000.0) - (milliseconds / 1000.0)) > settings.MaxEventAgeSeconds)
        {
            return WebhookProblems.Stale();
        }

        if (!zaloEvent.EventName.StartsWith(UserSendPrefix, StringComparison.Ordinal))
        {
            return Results.Ok();
        }

        var isText = zaloEvent.EventName == TextEvent;
        if (zaloEvent.SenderId is not { Length: > 0 } userId || zaloEvent.MessageId is not { Length: > 0 } messageId
            || (isText && string.IsNullOrWhiteSpace(zaloEvent.Text)))
        {
            return WebhookProblems.BadBody();
        }

        var result = await intake.AcceptAsync(new ZaloIncoming(userId, messageId, isText ? zaloEvent.Text! : ""), cancellationToken);
        return result == IntakeResult.Full ? WebhookProblems.Busy() : Results.Ok();
    }
}
