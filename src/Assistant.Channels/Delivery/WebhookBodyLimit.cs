using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace Assistant.Channels.Delivery;

/// <summary>
/// Webhook bodies get their own size limit (1 MB), independent of the host's limit for the chat API: a Telegram
/// update quoting a long message is larger than a question, and a refused update would be resent forever.
/// </summary>
public static class WebhookBodyLimit
{
    /// <summary>Largest webhook body accepted, in bytes.</summary>
    public const long MaxBytes = 1_048_576;

    /// <summary>Sets the request's body limit to <see cref="MaxBytes"/> when the server still allows it.</summary>
    public static void Apply(HttpContext http)
    {
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
        {
            feature.MaxRequestBodySize = MaxBytes;
        }
    }
}
