using Assistant.Core.Monitoring;
using Assistant.Core.Storage;
using Assistant.Monitoring.Intake;
using Assistant.Monitoring.Tests.Pipeline;
using Microsoft.Extensions.DependencyInjection;

namespace Assistant.Monitoring.Tests.Intake;

/// <summary>The intake's SQLite store as the archive spokespersons search, flagged posts or not.</summary>
public sealed class PostArchiveTests(PipelineFixture pipeline)
{
    private static readonly DateTimeOffset Received = new(2026, 2, 2, 8, 0, 0, TimeSpan.Zero);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Search_WordsWithoutDiacritics_FindsTheUnflaggedPost()
    {
        using var services = pipeline.BuildServices();
        var archive = await StoredAsync(services);

        var found = await archive.SearchAsync(new PostSearch { Text = "TIEP CAN thuong xuyen", Flagged = false }, Ct);

        var post = Assert.Single(found);
        Assert.Equal("ok", post.Post.ExternalId);
        Assert.False(post.Scored!.Flagged);
        Assert.Equal(Received, post.ReceivedAt);
        Assert.Equal("ok", (await archive.FindAsync(post.Id, Ct))?.Post.ExternalId);
    }

    [Fact]
    public async Task Search_Filters_SourceScoreLabelDatesAndUnscored()
    {
        using var services = pipeline.BuildServices();
        var archive = await StoredAsync(services);

        Assert.Equal(["sai"], Ids(await archive.SearchAsync(new PostSearch { MinScore = 0.5 }, Ct)));
        Assert.Equal(["ok"], Ids(await archive.SearchAsync(new PostSearch { Label = PostLabel.Accurate }, Ct)));
        Assert.Equal(["cho"], Ids(await archive.SearchAsync(new PostSearch { Source = "telegram" }, Ct)));
        Assert.Equal(["cho", "sai", "ok"], Ids(await archive.SearchAsync(new PostSearch { From = Received, To = Received.AddDays(1) }, Ct)));
        Assert.Empty(await archive.SearchAsync(new PostSearch { From = Received.AddDays(1) }, Ct));
        Assert.Equal(["cho", "sai"], Ids(await archive.SearchAsync(new PostSearch { Limit = 2 }, Ct)));
        Assert.Null(await archive.FindAsync(999, Ct));
    }

    private static async Task<IPostArchive> StoredAsync(ServiceProvider services)
    {
        var store = services.GetRequiredService<IPostStore>();
        await store.InsertAsync(
            [
                new Post("rss:bao", "ok", "Cần Thơ: 90% cán bộ được tiếp cận thường xuyên thông tin."),
                new Post("rss:bao", "sai", "Cần Thơ chỉ yêu cầu 50% cán bộ."),
                new Post("telegram", "cho", "Bài chưa chấm."),
            ],
            Received,
            Ct);
        var pending = await store.ClaimPendingAsync(10, TimeSpan.FromMinutes(5), Ct);
        await store.MarkScoredAsync(pending.Single(p => p.Post.ExternalId == "ok").RowId, new ScoredPost { Id = "ok", Label = PostLabel.Accurate, Score = 0.1 }, Ct);
        await store.MarkScoredAsync(pending.Single(p => p.Post.ExternalId == "sai").RowId, new ScoredPost { Id = "sai", Label = PostLabel.Misinformation, Score = 0.9, Flagged = true }, Ct);
        return services.GetRequiredService<IPostArchive>();
    }

    private static List<string> Ids(IReadOnlyList<ArchivedPost> posts) => posts.Select(p => p.Post.ExternalId).ToList();
}
