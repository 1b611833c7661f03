using Assistant.Core.Storage;
using Assistant.Storage.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Assistant.Storage.Tests.Contracts;

/// <summary>What every <see cref="IDistributedLock"/> and <see cref="ILeaderElection"/> does, on each engine.</summary>
public sealed class LockContractTests
{
    [Theory]
    [MemberData(nameof(TestStorage.Names), MemberType = typeof(TestStorage))]
    public async Task AcquireAsync_ManyCallersOnTwoNodes_OneInsideAtATime(string engine)
    {
        await using var storage = await TestStorage.StartAsync(engine);
        var locks = new[] { storage.NewNode(), storage.NewNode() }.Select(n => n.GetRequiredService<IDistributedLock>()).ToArray();
        var inside = 0;
        var most = 0;
        var entries = 0;

        await Task.WhenAll(Enumerable.Range(0, 20).Select(i => Task.Run(async () =>
        {
            await using (await locks[i % 2].AcquireAsync("refresh", Ct))
            {
                var now = Interlocked.Increment(ref inside);
                InterlockedMax(ref most, now);
                await Task.Yield();
                await Task.Delay(2, Ct);
                Interlocked.Increment(ref entries);
                Interlocked.Decrement(ref inside);
            }
        }, Ct)));

        Assert.Equal(20, entries);
        Assert.Equal(1, most);
    }

    [Theory]
    [MemberData(nameof(TestStorage.Names), MemberType = typeof(TestStorage))]
    public async Task TryAcquireAsync_LeaderHandsBack_TheOtherNodeLeads(string engine)
    {
        await using var storage = await TestStorage.StartAsync(engine);
        var first = storage.NewNode().GetRequiredService<ILeaderElection>();
        var second = storage.NewNode().GetRequiredService<ILeaderElection>();

        var leader = await first.TryAcquireAsync("feeds", Ct);
        Assert.NotNull(leader);
        Assert.Null(await second.TryAcquireAsync("feeds", Ct));
        await using (var other = await second.TryAcquireAsync("retention", Ct))
        {
            Assert.NotNull(other);
        }

        await leader.DisposeAsync();
        await using var next = await second.TryAcquireAsync("feeds", Ct);

        Assert.NotNull(next);
        Assert.Null(await first.TryAcquireAsync("feeds", Ct));
    }

    [Fact]
    public async Task TryAcquireAsync_LeaderSessionKilled_LostFiresAndTheOtherNodeLeads()
    {
        await using var storage = await TestStorage.StartAsync("Postgres", new Dictionary<string, string?> { ["Storage:LeaderCheckSeconds"] = "1" });
        var first = storage.NewNode().GetRequiredService<ILeaderElection>();
        var second = storage.NewNode().GetRequiredService<ILeaderElection>();
        await using var leader = await first.TryAcquireAsync("feeds", Ct);
        Assert.NotNull(leader);
        var lost = new TaskCompletionSource();
        leader.Lost.Register(() => lost.TrySetResult());

        Assert.True(await storage.Postgres!.TerminateHolderAsync(Locks.AdvisoryKey.LeaderClass, Locks.AdvisoryKey.Of("feeds")));
        await lost.Task.WaitAsync(TimeSpan.FromSeconds(30), Ct);
        await using var next = await second.TryAcquireAsync("feeds", Ct);

        Assert.NotNull(next);
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }
}
