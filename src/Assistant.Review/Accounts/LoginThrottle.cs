using Microsoft.Extensions.Options;

namespace Assistant.Review.Accounts;

/// <summary>
/// Limits login attempts per login name (<c>Review:LoginAttempts</c>) and, separately and higher, per client address
/// (<c>Review:AddressLoginAttempts</c>) within <c>Review:LoginWindowMinutes</c>. An attempt is counted before the password
/// is checked (atomically, in the store), so concurrent tries cannot exceed the limit; a success forgets the login's
/// attempts. While either limit is used up even a correct password is refused.
/// </summary>
public sealed class LoginThrottle(ILoginAttemptStore store, IOptions<ReviewOptions> options, TimeProvider time)
{
    /// <summary>The attempt's id when it may go ahead, or null when the login or the address is blocked.</summary>
    public Task<long?> TryBeginAsync(string login, string address, CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        var now = time.GetUtcNow();
        return store.TryBeginAsync(Key(login), address, settings.LoginAttempts, settings.AddressLoginAttempts, now.AddMinutes(-settings.LoginWindowMinutes), now, cancellationToken);
    }

    /// <summary>Forgets the login's attempts (and this one against the address) after a correct password.</summary>
    public Task SucceedAsync(string login, long attemptId, CancellationToken cancellationToken = default) =>
        store.SucceedAsync(Key(login), attemptId, cancellationToken);

    private static string Key(string login) => login.Trim().ToLowerInvariant();
}
