using System.Collections.Concurrent;
using Assistant.Review;
using Microsoft.Extensions.Options;

namespace Assistant.Web.Review;

/// <summary>
/// Limits failed logins per login name and per client address (<c>Review:LoginAttempts</c> within
/// <c>Review:LoginWindowMinutes</c>); while a key is over the limit even a correct password is refused.
/// </summary>
public sealed class LoginThrottle(IOptions<ReviewOptions> options, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, Queue<DateTimeOffset>> failures = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>True when either the login or the address has used up its attempts.</summary>
    public bool IsBlocked(string login, string address) => Count("u:" + login) >= options.Value.LoginAttempts || Count("a:" + address) >= options.Value.LoginAttempts;

    /// <summary>Counts a failed attempt against both.</summary>
    public void Fail(string login, string address)
    {
        Add("u:" + login);
        Add("a:" + address);
    }

    /// <summary>Forgets the login's failures after a successful login.</summary>
    public void Succeed(string login) => failures.TryRemove("u:" + login, out _);

    private int Count(string key)
    {
        if (!failures.TryGetValue(key, out var queue))
        {
            return 0;
        }

        lock (queue)
        {
            Expire(queue);
            return queue.Count;
        }
    }

    private void Add(string key)
    {
        var queue = failures.GetOrAdd(key, _ => new Queue<DateTimeOffset>());
        lock (queue)
        {
            Expire(queue);
            queue.Enqueue(time.GetUtcNow());
        }
    }

    private void Expire(Queue<DateTimeOffset> queue)
    {
        var cutoff = time.GetUtcNow().AddMinutes(-options.Value.LoginWindowMinutes);
        while (queue.Count > 0 && queue.Peek() <= cutoff)
        {
            queue.Dequeue();
        }
    }
}
