using Assistant.Core.Storage;
using Assistant.Storage.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Assistant.Storage.Tests.Contracts;

/// <summary>What every <see cref="IChannelEventStore"/> does, on each engine.</summary>
public sealed class ChannelEventStoreContractTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 23, 2, 0, 0, TimeSpan.Zero);

    [Theory]
    [MemberData(nameof(TestStorage.Names), MemberType = typeof(TestStorage))]
    public async Task TryClaimAsync_SameKeyOnTwoNodesAtOnce_ExactlyOneWins(string engine)
    {
        await using var storage = await TestStorage.StartAsync(engine);
        var stores = new[] { storage.NewNode(), storage.NewNode() }.Select(n => n.GetRequiredService<IChannelEventStore>()).ToArray();

        var claims = await Task.WhenAll(Enumerable.Range(0, 200).Select(i =>
            Task.Run(() => stores[i % 2].TryClaimAsync($"telegram:{i / 2}", At, At.AddDays(-1), Ct), Ct)));

        Assert.Equal(100, claims.Count(won => won));
    }

    [Theory]
    [MemberData(nameof(TestStorage.Names), MemberType = typeof(TestStorage))]
    public async Task ReleaseAsync_ClaimedKey_TakenAgain(string engine)
    {
        await using var storage = await TestStorage.StartAsync(engine);
        var store = storage.NewNode().GetRequiredService<IChannelEventStore>();
        Assert.True(await store.TryClaimAsync("zalo:m1", At, At.AddDays(-1), Ct));
        Assert.False(await store.TryClaimAsync("zalo:m1", At, At.AddDays(-1), Ct));

        await store.ReleaseAsync("zalo:m1", Ct);

        Assert.True(await store.TryClaimAsync("zalo:m1", At, At.AddDays(-1), Ct));
        Assert.True(await store.TryClaimAsync("telegram:m1", At, At.AddDays(-1), Ct));
    }

    [Theory]
    [MemberData(nameof(TestStorage.Names), MemberType = typeof(TestStorage))]
    public async Task TryClaimAsync_KeyOlderThanTheWindow_Forgotten(string engine)
    {
        await using var storage = await TestStorage.StartAsync(engine);
        var time = new ManualTime { Now = At };
        var store = storage.NewNode(time).GetRequiredService<IChannelEventStore>();
        Assert.True(await store.TryClaimAsync("zalo:old", At, At.AddDays(-1), Ct));
        time.Now = At.AddDays(3);

        Assert.True(await store.TryClaimAsync("zalo:old", At.AddDays(3), At.AddDays(2), Ct));
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;
}
