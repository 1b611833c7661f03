namespace Assistant.Channels.Delivery;

/// <summary>What happened to an incoming event.</summary>
public enum IntakeResult
{
    /// <summary>Queued to be answered.</summary>
    Queued,

    /// <summary>Already received; dropped.</summary>
    Duplicate,

    /// <summary>The queue is full; the platform should resend later.</summary>
    Full,
}
