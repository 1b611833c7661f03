using Assistant.Core.Storage;
using Assistant.Storage.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Assistant.Storage.Tests.Contracts;

/// <summary>What every <see cref="ITokenPairStore"/> does, on each engine.</summary>
public sealed class TokenPairStoreContractTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 23, 2, 0, 0, 250, TimeSpan.Zero);

    [Theory]
    [MemberData(nameof(TestStorage.Names), MemberType = typeof(TestStorage))]
    public async Task GetOrAddAsync_NothingStored_StoresTheSeedOnce(string engine)
    {
        await using var storage = await TestStorage.StartAsync(engine);
        var first = storage.NewNode().GetRequiredService<ITokenPairStore>();
        var second = storage.NewNode().GetRequiredService<ITokenPairStore>();

        var seeded = await first.GetOrAddAsync("zalo", new TokenPair("AT-1", "RT-1", null), Ct);
        var later = await second.GetOrAddAsync("zalo", new TokenPair("AT-other", "RT-other", null), Ct);

        Assert.Equal(new TokenPair("AT-1", "RT-1", null), seeded);
        Assert.Equal(seeded, later);
    }

    [Theory]
    [MemberData(nameof(TestStorage.Names), MemberType = typeof(TestStorage))]
    public async Task SaveAsync_RotatedPair_EveryNodeReadsIt(string engine)
    {
        await using var storage = await TestStorage.StartAsync(engine);
        var first = storage.NewNode().GetRequiredService<ITokenPairStore>();
        var second = storage.NewNode().GetRequiredService<ITokenPairStore>();
        await first.GetOrAddAsync("zalo", new TokenPair("AT-1", "RT-1", null), Ct);

        await first.SaveAsync("zalo", new TokenPair("AT-2", "RT-2", At.AddHours(1)), At, Ct);

        Assert.Equal(new TokenPair("AT-2", "RT-2", At.AddHours(1)), await second.GetOrAddAsync("zalo", new TokenPair("x", "y", null), Ct));
        Assert.Equal(new TokenPair("x", "y", null), await second.GetOrAddAsync("khac", new TokenPair("x", "y", null), Ct));
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;
}
