namespace Assistant.Core.Storage;

/// <summary>
/// Event keys a channel has taken in (<c>telegram:&lt;update_id&gt;</c>, <c>zalo:&lt;msg_id&gt;</c>), unique across nodes:
/// the key is inserted before the event is answered, so a resend, to this node or another, is answered once.
/// </summary>
public interface IChannelEventStore
{
    /// <summary>
    /// Records <paramref name="key"/> as taken at <paramref name="at"/>; false when it was taken already. Keys taken before
    /// <paramref name="forgetBefore"/> may be forgotten.
    /// </summary>
    Task<bool> TryClaimAsync(string key, DateTimeOffset at, DateTimeOffset forgetBefore, CancellationToken cancellationToken);

    /// <summary>Forgets <paramref name="key"/>, so a resend is taken (used when the event could not be queued).</summary>
    Task ReleaseAsync(string key, CancellationToken cancellationToken);
}
