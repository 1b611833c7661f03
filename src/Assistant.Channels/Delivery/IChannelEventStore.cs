namespace Assistant.Channels.Delivery;

/// <summary>Where a channel remembers the event ids it has taken in, so a platform's resend is dropped also after a restart.</summary>
internal interface IChannelEventStore
{
    /// <summary>Records <paramref name="eventId"/> as taken at <paramref name="at"/>; false when it was taken already.</summary>
    Task<bool> TryClaimAsync(string eventId, DateTimeOffset at, CancellationToken cancellationToken);

    /// <summary>Forgets <paramref name="eventId"/>, so a resend is taken (used when the event could not be queued).</summary>
    Task ReleaseAsync(string eventId, CancellationToken cancellationToken);
}
