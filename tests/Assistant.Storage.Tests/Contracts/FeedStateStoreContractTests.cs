using Assistant.Core.Storage;
using Assistant.Storage.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Assistant.Storage.Tests.Contracts;

/// <summary>What every <see cref="IFeedStateStore"/> does, on each engine.</summary>
public sealed class FeedStateStoreContractTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 23, 2, 0, 0, TimeSpan.Zero);

    [Theory]
    [MemberData(nameof(TestStorage.Names), MemberType = typeof(TestStorage))]
    public async Task SaveAsync_ThenFindOnAnotherNode_SameValidators(string engine)
    {
        await using var storage = await TestStorage.StartAsync(engine);
        var first = storage.NewNode().GetRequiredService<IFeedStateStore>();
        var second = storage.NewNode().GetRequiredService<IFeedStateStore>();
        Assert.Null(await first.FindAsync("bao", "https://bao.vn/rss", Ct));

        await first.SaveAsync("bao", "https://bao.vn/rss", new FeedState("\"v1\"", "Mon, 23 Nov 2026 02:00:00 GMT"), At, Ct);
        await first.SaveAsync("khac", "https://khac.vn/rss", new FeedState(null, null), At, Ct);

        Assert.Equal(new FeedState("\"v1\"", "Mon, 23 Nov 2026 02:00:00 GMT"), await second.FindAsync("bao", "https://bao.vn/rss", Ct));
        Assert.Equal(new FeedState(null, null), await second.FindAsync("khac", "https://khac.vn/rss", Ct));
    }

    [Theory]
    [MemberData(nameof(TestStorage.Names), MemberType = typeof(TestStorage))]
    public async Task SaveAsync_FeedMovedToANewAddress_OldAddressForgotten(string engine)
    {
        await using var storage = await TestStorage.StartAsync(engine);
        var store = storage.NewNode().GetRequiredService<IFeedStateStore>();
        await store.SaveAsync("bao", "https://bao.vn/rss", new FeedState("\"v1\"", null), At, Ct);

        await store.SaveAsync("bao", "https://bao.vn/moi.rss", new FeedState("\"v2\"", null), At.AddHours(1), Ct);

        Assert.Null(await store.FindAsync("bao", "https://bao.vn/rss", Ct));
        Assert.Equal(new FeedState("\"v2\"", null), await store.FindAsync("bao", "https://bao.vn/moi.rss", Ct));
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;
}
