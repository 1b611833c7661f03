namespace Assistant.Channels.Zalo;

/// <summary>A webhook event as far as the OA needs it; every id kept as a string.</summary>
/// <param name="EventName">E.g. <c>user_send_text</c>, <c>user_send_image</c>, <c>follow</c>.</param>
/// <param name="Timestamp">The body's <c>timestamp</c>, as sent (part of the signature).</param>
/// <param name="SenderId">The user's id for this OA (<c>sender.id</c>), or null.</param>
/// <param name="MessageId">The message id (<c>message.msg_id</c>), or null.</param>
/// <param name="Text">The message text, or null.</param>
public sealed record ZaloEvent(string EventName, string Timestamp, string? SenderId, string? MessageId, string? Text);
