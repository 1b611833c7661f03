using Assistant.Core.Monitoring;
using Assistant.Monitoring.Feeds;
using Assistant.Monitoring.Tests.Pipeline;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Assistant.Monitoring.Tests.Feeds;

public sealed class FeedPollerHostTests(PipelineFixture pipeline)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task StartAsync_FeedConfigured_PollsItAtOnceIntoTheIntake()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var server = await FeedServer.StartAsync(cancellationToken);
        var url = server.Serve("/rss.xml", FeedResponse.File("rss.xml"));
        var intake = new RecordingPostIntake();
        using var host = pipeline.BuildHost(pipeline.NewDataFolder(), services =>
        {
            services.Configure<FeedOptions>(options => options.Sources.Add(FeedServices.Source("khoi-dong", url)));
            services.AddSingleton<IPostIntake>(intake);
        });

        await host.StartAsync(cancellationToken);
        var posts = await intake.FirstBatch.WaitAsync(Patience, cancellationToken);
        await host.StopAsync(cancellationToken);

        Assert.Equal(3, posts.Count);
        Assert.All(posts, post => Assert.Equal("rss:khoi-dong", post.Source));
    }

    [Fact]
    public async Task StartAsync_NoFeedConfigured_PollerEndsAtOnce()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        using var host = pipeline.BuildHost(pipeline.NewDataFolder());

        await host.StartAsync(cancellationToken);
        var poller = host.Services.GetRequiredService<FeedPoller>();
        await poller.ExecuteTask!.WaitAsync(Patience, cancellationToken);
        await host.StopAsync(cancellationToken);

        Assert.True(poller.ExecuteTask.IsCompletedSuccessfully);
    }
}
