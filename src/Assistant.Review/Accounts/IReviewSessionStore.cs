namespace Assistant.Review.Accounts;

/// <summary>Where dashboard sessions live, so a logout ends the session on the server and not only in the browser.</summary>
public interface IReviewSessionStore
{
    /// <summary>Stores a new session of <paramref name="login"/> valid until <paramref name="expiresAt"/>, and removes expired ones (older than <paramref name="now"/>).</summary>
    Task CreateAsync(string id, string login, DateTimeOffset expiresAt, DateTimeOffset now, CancellationToken cancellationToken = default);

    /// <summary>The session's expiry, or null when it does not exist (ended or never started).</summary>
    Task<DateTimeOffset?> FindAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Moves the session's expiry (sliding sessions).</summary>
    Task ExtendAsync(string id, DateTimeOffset expiresAt, CancellationToken cancellationToken = default);

    /// <summary>Ends the session.</summary>
    Task DeleteAsync(string id, CancellationToken cancellationToken = default);
}
