namespace Assistant.Channels.Zalo;

/// <summary>A user's text message waiting to be answered.</summary>
/// <param name="UserId">The user's id for this OA.</param>
/// <param name="MessageId">Zalo's message id.</param>
/// <param name="Text">What the user wrote.</param>
internal sealed record ZaloIncoming(string UserId, string MessageId, string Text);
