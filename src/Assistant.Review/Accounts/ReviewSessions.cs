using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace Assistant.Review.Accounts;

/// <summary>
/// Server-side dashboard sessions: a login starts one (its id goes into the cookie), every request checks it still
/// exists and has not expired (sliding: <c>Review:SessionHours</c> from the last use, stored at most every half of that),
/// and a logout deletes it, so an old cookie opens nothing.
/// </summary>
public sealed class ReviewSessions(IReviewSessionStore store, IOptions<ReviewOptions> options, TimeProvider time)
{
    /// <summary>Starts a session of <paramref name="login"/> and returns its id.</summary>
    public async Task<string> StartAsync(string login, CancellationToken cancellationToken = default)
    {
        var id = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var now = time.GetUtcNow();
        await store.CreateAsync(id, login, now + Lifetime, now, cancellationToken);
        return id;
    }

    /// <summary>True while the session exists and has not expired; extends it when half its lifetime has passed.</summary>
    public async Task<bool> IsActiveAsync(string? id, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrEmpty(id) || await store.FindAsync(id, cancellationToken) is not { } expires)
        {
            return false;
        }

        var now = time.GetUtcNow();
        if (expires <= now)
        {
            return false;
        }

        if (expires - now < Lifetime / 2)
        {
            await store.ExtendAsync(id, now + Lifetime, cancellationToken);
        }

        return true;
    }

    /// <summary>Ends the session.</summary>
    public Task EndAsync(string? id, CancellationToken cancellationToken = default) =>
        string.IsNullOrEmpty(id) ? Task.CompletedTask : store.DeleteAsync(id, cancellationToken);

    private TimeSpan Lifetime => TimeSpan.FromHours(options.Value.SessionHours);
}
