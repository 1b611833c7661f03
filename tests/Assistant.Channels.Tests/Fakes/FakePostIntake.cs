using System.Collections.Concurrent;
using Assistant.Core.Monitoring;

namespace Assistant.Channels.Tests.Fakes;

/// <summary>Records the posts handed to monitoring.</summary>
public sealed class FakePostIntake : IPostIntake
{
    private readonly TaskCompletionSource _received = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Posts received.</summary>
    public ConcurrentQueue<Post> Posts { get; } = new();

    /// <summary>Completes when the first post arrives.</summary>
    public Task Received => _received.Task;

    /// <inheritdoc />
    public Task<int> ReceiveAsync(IReadOnlyList<Post> posts, CancellationToken cancellationToken = default)
    {
        foreach (var post in posts)
        {
            Posts.Enqueue(post);
        }

        _received.TrySetResult();
        return Task.FromResult(posts.Count);
    }
}
