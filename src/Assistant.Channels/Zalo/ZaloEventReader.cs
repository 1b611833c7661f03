using System.Text.Json;

namespace Assistant.Channels.Zalo;

/// <summary>
/// Reads a webhook body leniently: ids and the timestamp may come as JSON strings or numbers. A string that is not valid
/// UTF-16 (a lone surrogate such as <c>"\ud800"</c>) counts as missing, so any input is either an event or null.
/// </summary>
public static class ZaloEventReader
{
    /// <summary>The event, or null when the body is not a Zalo event (not JSON, no event name or timestamp).</summary>
    public static ZaloEvent? Read(string rawBody)
    {
        try
        {
            using var document = JsonDocument.Parse(rawBody);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            var name = Scalar(root, "event_name");
            var timestamp = Scalar(root, "timestamp");
            if (string.IsNullOrEmpty(name) || string.IsNullOrEmpty(timestamp))
            {
                return null;
            }

            return new ZaloEvent(
                name,
                timestamp,
                Scalar(Child(root, "sender"), "id"),
                Scalar(Child(root, "message"), "msg_id"),
                Scalar(Child(root, "message"), "text"));
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static JsonElement? Child(JsonElement parent, string name) =>
        parent.TryGetProperty(name, out var child) && child.ValueKind == JsonValueKind.Object ? child : null;

    private static string? Scalar(JsonElement? parent, string name)
    {
        if (parent is not { } element || !element.TryGetProperty(name, out var value))
        {
            return null;
        }

        try
        {
            return value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Number => value.GetRawText(),
                _ => null,
            };
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }
}
