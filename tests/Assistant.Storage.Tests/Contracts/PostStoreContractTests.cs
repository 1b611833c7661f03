using Assistant.Core.Monitoring;
using Assistant.Core.Storage;
using Assistant.Storage.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Assistant.Storage.Tests.Contracts;

/// <summary>What every <see cref="IPostStore"/> does, on each engine.</summary>
public sealed class PostStoreContractTests
{
    private static readonly TimeSpan Lease = TimeSpan.FromMinutes(5);
    private static readonly DateTimeOffset Received = new(2026, 11, 20, 9, 30, 15, 123, TimeSpan.Zero);

    [Theory]
    [MemberData(nameof(TestStorage.Names), MemberType = typeof(TestStorage))]
    public async Task InsertAsync_SamePostTwice_StoredOnce(string engine)
    {
        await using var storage = await TestStorage.StartAsync(engine);
        var store = Store(storage.NewNode());
        var post = new Post("api", "1", "Nghị quyết 71") { Author = "An", Url = "https://a.vn/1", PublishedAt = Received.AddHours(-1), Likes = 3 };

        Assert.Equal(1, await store.InsertAsync([post], Received, Ct));
        Assert.Equal(1, await store.InsertAsync([post, post with { ExternalId = "2" }], Received, Ct));

        Assert.Equal((2, 2), await store.CountAsync(Ct));
        var stored = (await store.SearchAsync(new PostSearch { Source = "api" }, Ct)).Single(p => p.Post.ExternalId == "1");
        Assert.Equal(post, stored.Post);
        Assert.Equal(Received, stored.ReceivedAt);
        Assert.Null(stored.Scored);
    }

    [Theory]
    [MemberData(nameof(TestStorage.Names), MemberType = typeof(TestStorage))]
    public async Task ClaimPendingAsync_TwoNodes_TakeDisjointPostsOldestFirst(string engine)
    {
        await using var storage = await TestStorage.StartAsync(engine);
        var first = Store(storage.NewNode());
        var second = Store(storage.NewNode());
        await first.InsertAsync(Posts(5), Received, Ct);

        var claimedByFirst = await first.ClaimPendingAsync(3, Lease, Ct);
        var claimedBySecond = await second.ClaimPendingAsync(10, Lease, Ct);

        Assert.Equal(["p0", "p1", "p2"], claimedByFirst.Select(p => p.Post.ExternalId));
        Assert.Equal(["p3", "p4"], claimedBySecond.Select(p => p.Post.ExternalId));
        Assert.Empty(await first.ClaimPendingAsync(10, Lease, Ct));
    }

    [Theory]
    [MemberData(nameof(TestStorage.Names), MemberType = typeof(TestStorage))]
    public async Task ClaimPendingAsync_LeaseExpired_ClaimedAgainUnlessScored(string engine)
    {
        await using var storage = await TestStorage.StartAsync(engine);
        var time = new ManualTime();
        var store = Store(storage.NewNode(time));
        await store.InsertAsync(Posts(2), Received, Ct);
        var claimed = await store.ClaimPendingAsync(10, Lease, Ct);
        await store.MarkScoredAsync(claimed[0].RowId, Scored("p0"), Ct);

        time.Now += Lease - TimeSpan.FromSeconds(1);
        Assert.Empty(await store.ClaimPendingAsync(10, Lease, Ct));
        time.Now += TimeSpan.FromSeconds(2);
        var reclaimed = await store.ClaimPendingAsync(10, Lease, Ct);

        Assert.Equal(["p1"], reclaimed.Select(p => p.Post.ExternalId));
    }

    [Theory]
    [MemberData(nameof(TestStorage.Names), MemberType = typeof(TestStorage))]
    public async Task MarkScoredAsync_Twice_OnlyTheFirstRecorded(string engine)
    {
        await using var storage = await TestStorage.StartAsync(engine);
        var store = Store(storage.NewNode());
        await store.InsertAsync(Posts(1), Received, Ct);
        var row = (await store.ClaimPendingAsync(1, Lease, Ct)).Single().RowId;

        Assert.True(await store.MarkScoredAsync(row, Scored("p0", 0.9, flagged: true), Ct));
        Assert.False(await store.MarkScoredAsync(row, Scored("p0", 0.1), Ct));

        var scored = await store.FindScoredAsync("api", "p0", Ct);
        Assert.Equal(0.9, scored?.Score);
        Assert.Equal((1, 0), await store.CountAsync(Ct));
        Assert.Equal(["p0"], (await store.SearchAsync(new PostSearch { Flagged = true }, Ct)).Select(p => p.Post.ExternalId));
    }

    [Theory]
    [MemberData(nameof(TestStorage.Names), MemberType = typeof(TestStorage))]
    public async Task ClaimPendingAsync_FourWorkersOnTwoNodesAtOnce_EveryPostClaimedOnce(string engine)
    {
        await using var storage = await TestStorage.StartAsync(engine);
        var nodes = new[] { Store(storage.NewNode()), Store(storage.NewNode()) };
        await nodes[0].InsertAsync(Posts(400), Received, Ct);

        var workers = Enumerable.Range(0, 4).Select(i => Task.Run(async () =>
        {
            var mine = new List<string>();
            while ((await nodes[i % 2].ClaimPendingAsync(7, Lease, Ct)) is { Count: > 0 } batch)
            {
                foreach (var pending in batch)
                {
                    Assert.True(await nodes[i % 2].MarkScoredAsync(pending.RowId, Scored(pending.Post.ExternalId), Ct));
                    mine.Add(pending.Post.ExternalId);
                }
            }

            return mine;
        }, Ct));
        var claimed = (await Task.WhenAll(workers)).SelectMany(ids => ids).ToList();

        Assert.Equal(400, claimed.Count);
        Assert.Equal(400, claimed.Distinct().Count());
        Assert.Equal((400, 0), await nodes[1].CountAsync(Ct));
    }

    [Theory]
    [MemberData(nameof(TestStorage.Names), MemberType = typeof(TestStorage))]
    public async Task SearchAsync_SourceDatesWordsAndScore_FilterLikeTheArchive(string engine)
    {
        await using var storage = await TestStorage.StartAsync(engine);
        var store = Store(storage.NewNode());
        await store.InsertAsync([new Post("rss", "old", "Cần Thơ chỉ yêu cầu 50% cán bộ.")], Received.AddDays(-3), Ct);
        await store.InsertAsync([new Post("rss", "new", "Hải Phòng ban hành kế hoạch."), new Post("api", "x", "Cần Thơ")], Received, Ct);
        var pending = await store.ClaimPendingAsync(10, Lease, Ct);
        await store.MarkScoredAsync(pending.Single(p => p.Post.ExternalId == "old").RowId, Scored("old", 0.8, flagged: true), Ct);

        Assert.Equal(["x", "new", "old"], Ids(await store.SearchAsync(new PostSearch(), Ct)));
        Assert.Equal(["new", "old"], Ids(await store.SearchAsync(new PostSearch { Source = "rss" }, Ct)));
        Assert.Equal(["x", "old"], Ids(await store.SearchAsync(new PostSearch { Text = "can tho" }, Ct)));
        Assert.Equal(["old"], Ids(await store.SearchAsync(new PostSearch { To = Received.AddDays(-1) }, Ct)));
        Assert.Equal(["x", "new"], Ids(await store.SearchAsync(new PostSearch { From = Received }, Ct)));
        Assert.Equal(["old"], Ids(await store.SearchAsync(new PostSearch { MinScore = 0.5 }, Ct)));
        var found = await store.FindAsync(pending[0].RowId, Ct);
        Assert.Equal(pending[0].Post, found?.Post);
        Assert.Null(await store.FindAsync(999_999, Ct));
    }

    [Theory]
    [MemberData(nameof(TestStorage.Names), MemberType = typeof(TestStorage))]
    public async Task ClearAuthorsAsync_PastRetention_ClearsOnlyOlderAuthors(string engine)
    {
        await using var storage = await TestStorage.StartAsync(engine);
        var store = Store(storage.NewNode());
        await store.InsertAsync([new Post("api", "old", "a") { Author = "An" }], Received.AddDays(-200), Ct);
        await store.InsertAsync([new Post("api", "new", "b") { Author = "Bình" }], Received, Ct);

        Assert.Equal(1, await store.ClearAuthorsAsync(Received.AddDays(-180), Ct));
        Assert.Equal(0, await store.ClearAuthorsAsync(Received.AddDays(-180), Ct));

        Assert.Null(await store.FindAuthorAsync("api", "old", Ct));
        Assert.Equal("Bình", await store.FindAuthorAsync("api", "new", Ct));
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static IPostStore Store(IServiceProvider node) => node.GetRequiredService<IPostStore>();

    private static List<Post> Posts(int count) => Enumerable.Range(0, count).Select(i => new Post("api", $"p{i}", $"Bài {i}")).ToList();

    private static ScoredPost Scored(string id, double score = 0.2, bool flagged = false) =>
        new() { Id = id, Label = flagged ? PostLabel.Misinformation : PostLabel.Accurate, Score = score, Flagged = flagged };

    private static List<string> Ids(IReadOnlyList<ArchivedPost> posts) => posts.Select(p => p.Post.ExternalId).ToList();
}
