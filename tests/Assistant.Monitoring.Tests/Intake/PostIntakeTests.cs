using Assistant.Core.Monitoring;
using Assistant.Core.Storage;
using Assistant.Monitoring.Intake;
using Assistant.Monitoring.Tests.Pipeline;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Assistant.Monitoring.Tests.Intake;

public sealed class PostIntakeTests(PipelineFixture pipeline)
{
    private const string Misinformation = "KHẨN CẤP!!! NQ71 CHÍNH THỨC BỊ BÃI BỎ TỪ HÔM NAY, CÁC TRƯỜNG NGƯNG MỌI HOẠT ĐỘNG TUYÊN TRUYỀN!!!";

    [Fact]
    public async Task ReceiveAsync_SamePostTwice_StoredOnce()
    {
        using var services = pipeline.BuildServices();
        var intake = services.GetRequiredService<IPostIntake>();
        var post = new Post("api", "42", "Nghị quyết 71 được ban hành ngày 22/8/2025.") { Author = "a" };

        var first = await intake.ReceiveAsync([post], TestContext.Current.CancellationToken);
        var second = await intake.ReceiveAsync([post, post with { Source = "rss" }], TestContext.Current.CancellationToken);

        Assert.Equal(1, first);
        Assert.Equal(1, second);
        Assert.Equal((2, 2), await services.GetRequiredService<IPostStore>().CountAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task ReceiveAsync_HostRestartsBeforeScoring_PostIsScoredAfterRestart()
    {
        var data = pipeline.NewDataFolder();
        using (var first = pipeline.BuildHost(data))
        {
            // not started: the worker never runs, as when the host stops right after acknowledging
            await first.Services.GetRequiredService<IPostIntake>().ReceiveAsync([new Post("api", "r1", Misinformation)], TestContext.Current.CancellationToken);
            Assert.Null(await first.Services.GetRequiredService<IPostStore>().FindScoredAsync("api", "r1", TestContext.Current.CancellationToken));
        }

        var queue = new RecordingReviewQueue();
        using var second = pipeline.BuildHost(data, services => services.AddSingleton<IReviewQueue>(queue));
        await second.StartAsync(TestContext.Current.CancellationToken);
        var store = second.Services.GetRequiredService<IPostStore>();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        ScoredPost? scored;
        while ((scored = await store.FindScoredAsync("api", "r1", TestContext.Current.CancellationToken)) is null && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50, TestContext.Current.CancellationToken);
        }

        await second.StopAsync(TestContext.Current.CancellationToken);
        Assert.NotNull(scored);
        Assert.True(scored.Flagged);
        var submitted = Assert.Single(queue.Submitted);
        Assert.Equal("r1", submitted.Post.ExternalId);
    }

    [Fact]
    public async Task ScorePendingAsync_FlaggedAndUnflagged_OnlyFlaggedGoToReviewQueue()
    {
        var queue = new RecordingReviewQueue();
        using var services = pipeline.BuildServices(configure: s => s.AddSingleton<IReviewQueue>(queue));
        await services.GetRequiredService<IPostIntake>().ReceiveAsync(
            [new Post("api", "m", Misinformation), new Post("api", "u", "Chạy bộ buổi sáng nên ăn gì trước khi chạy vậy mọi người?")],
            TestContext.Current.CancellationToken);

        var scored = await services.GetRequiredService<PostScoringWorker>().ScorePendingAsync(TestContext.Current.CancellationToken);

        Assert.Equal(2, scored);
        Assert.Equal("m", Assert.Single(queue.Submitted).Post.ExternalId);
        Assert.Equal((2, 0), await services.GetRequiredService<IPostStore>().CountAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task ClearAuthorsAsync_PastRetention_ClearsOnlyOldAuthors()
    {
        using var services = pipeline.BuildServices();
        var store = services.GetRequiredService<IPostStore>();
        var now = new DateTimeOffset(2026, 6, 1, 0, 0, 0, TimeSpan.Zero);
        await store.InsertAsync([new Post("api", "old", "a") { Author = "An" }], now.AddDays(-200), TestContext.Current.CancellationToken);
        await store.InsertAsync([new Post("api", "new", "b") { Author = "Bình" }], now.AddDays(-10), TestContext.Current.CancellationToken);

        var cleared = await store.ClearAuthorsAsync(now.AddDays(-180), TestContext.Current.CancellationToken);

        Assert.Equal(1, cleared);
        Assert.Null(await store.FindAuthorAsync("api", "old", TestContext.Current.CancellationToken));
        Assert.Equal("Bình", await store.FindAuthorAsync("api", "new", TestContext.Current.CancellationToken));
    }
}
