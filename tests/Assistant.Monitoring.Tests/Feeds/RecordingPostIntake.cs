using Assistant.Core.Monitoring;

namespace Assistant.Monitoring.Tests.Feeds;

/// <summary>An intake that completes <see cref="FirstBatch"/> with the first posts it receives.</summary>
public sealed class RecordingPostIntake : IPostIntake
{
    private readonly TaskCompletionSource<IReadOnlyList<Post>> firstBatch = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>The first batch received.</summary>
    public Task<IReadOnlyList<Post>> FirstBatch => firstBatch.Task;

    public Task<int> ReceiveAsync(IReadOnlyList<Post> posts, CancellationToken cancellationToken = default)
    {
        firstBatch.TrySetResult(posts);
        return Task.FromResult(posts.Count);
    }
}
