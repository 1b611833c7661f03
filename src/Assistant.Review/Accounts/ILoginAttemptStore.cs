namespace Assistant.Review.Accounts;

/// <summary>Where login attempts are counted, so the throttle holds across requests, nodes and restarts.</summary>
public interface ILoginAttemptStore
{
    /// <summary>
    /// Atomically: when fewer than <paramref name="loginLimit"/> attempts of <paramref name="login"/> and fewer than
    /// <paramref name="addressLimit"/> attempts from <paramref name="address"/> were recorded since <paramref name="since"/>,
    /// records this attempt at <paramref name="now"/> and returns its id; otherwise records nothing and returns null.
    /// Attempts from before <paramref name="since"/> are forgotten.
    /// </summary>
    Task<long?> TryBeginAsync(string login, string address, int loginLimit, int addressLimit, DateTimeOffset since, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>After a successful login: forgets the login's attempts and the attempt <paramref name="attemptId"/> (against the address).</summary>
    Task SucceedAsync(string login, long attemptId, CancellationToken cancellationToken = default);
}
