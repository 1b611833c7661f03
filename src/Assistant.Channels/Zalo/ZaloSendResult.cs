namespace Assistant.Channels.Zalo;

/// <summary>What became of a reply sent to a Zalo user.</summary>
public enum ZaloSendResult
{
    /// <summary>Every part was sent.</summary>
    Sent,

    /// <summary>Zalo will not deliver it (user not following, outside the 48-hour window…); not retried.</summary>
    NotDeliverable,

    /// <summary>Sending failed after the retries.</summary>
    Failed,
}
