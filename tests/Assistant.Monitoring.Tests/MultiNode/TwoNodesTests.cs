using Assistant.Core.Monitoring;
using Assistant.Core.Storage;
using Assistant.Monitoring.Feeds;
using Assistant.Monitoring.Tests.Feeds;
using Assistant.Monitoring.Tests.Pipeline;
using Assistant.Tests.Shared;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Assistant.Monitoring.Tests.MultiNode;

/// <summary>Two monitoring hosts (real scoring workers and pollers) on one PostgreSQL database.</summary>
public sealed class TwoNodesTests(PipelineFixture pipeline)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(120);

    [Fact]
    public async Task Intake_PostsSentToBothNodesOneStoppedHalfWay_EachStoredOnceAndScoredOnce()
    {
        const int total = 400;
        const int batch = 20;
        var ct = TestContext.Current.CancellationToken;
        await using var postgres = await TestPostgres.CreateAsync();
        var counts = new ScoringCounts();
        var settings = new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Postgres",
            ["Storage:ConnectionString"] = postgres.ConnectionString,
            ["Monitoring:Intake:BatchSize"] = "8",
            ["Monitoring:Intake:LeaseSeconds"] = "10",
            ["Monitoring:Intake:PollSeconds"] = "1",
        };
        IHost Node() => pipeline.BuildHost(pipeline.NewDataFolder(), services => CountingPostStore.Wrap(services, counts), settings);
        var nodes = new[] { Node(), Node() };
        foreach (var node in nodes)
        {
            await node.StartAsync(ct);
        }

        var accepted = 0;
        for (var start = 0; start < total; start += batch)
        {
            if (start == total / 2)
            {
                await nodes[0].StopAsync(ct);
                nodes[0].Dispose();
                nodes[0] = Node();
                await nodes[0].StartAsync(ct);
            }

            var posts = Enumerable.Range(start, batch).Select(i => new Post("api", $"n{i}", $"Bài {i}: Nghị quyết 71 về phát triển giáo dục.")).ToList();
            var sent = await Task.WhenAll(nodes.Select(node => node.Services.GetRequiredService<IPostIntake>().ReceiveAsync(posts, ct)));
            accepted += sent.Sum();
        }

        var store = nodes[1].Services.GetRequiredService<IPostStore>();
        var deadline = DateTime.UtcNow + Patience;
        while ((await store.CountAsync(ct)).Unscored > 0 && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100, ct);
        }

        var stored = await store.CountAsync(ct);
        foreach (var node in nodes)
        {
            await node.StopAsync(ct);
            node.Dispose();
        }

        Assert.Equal(total, accepted);
        Assert.Equal((total, 0), stored);
        Assert.Equal(total, counts.Recorded.Count);
        Assert.All(counts.Recorded.Values, n => Assert.Equal(1, n));
    }

    [Fact]
    public async Task FeedPoller_TwoNodes_OnlyTheLeaderPollsAndTheOtherTakesOverWhenItStops()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var postgres = await TestPostgres.CreateAsync();
        await using var server = await FeedServer.StartAsync(ct);
        var url = server.Serve("/rss.xml", FeedResponse.File("rss.xml"));
        var settings = new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "Postgres",
            ["Storage:ConnectionString"] = postgres.ConnectionString,
            ["Storage:LeaderRetrySeconds"] = "1",
            ["Storage:LeaderCheckSeconds"] = "1",
        };
        var logs = new[] { new LogRecorder(), new LogRecorder() };
        var nodes = logs.Select(log => pipeline.BuildHost(pipeline.NewDataFolder(), services =>
        {
            services.Configure<FeedOptions>(options => options.Sources.Add(FeedServices.Source("lanh-dao", url)));
            services.AddSingleton<IPostIntake>(new RecordingPostIntake());
            services.AddLogging(logging => logging.AddProvider(log));
        }, settings)).ToArray();
        foreach (var node in nodes)
        {
            await node.StartAsync(ct);
        }

        await WaitUntilAsync(() => server.RequestsTo("/rss.xml").Count >= 1, ct);
        await Task.Delay(TimeSpan.FromSeconds(3), ct); // the follower tries every second meanwhile
        var leaders = Enumerable.Range(0, 2).Where(i => Leads(logs[i])).ToList();
        var leader = Assert.Single(leaders);
        Assert.Single(server.RequestsTo("/rss.xml"));

        await nodes[leader].StopAsync(ct);
        await WaitUntilAsync(() => server.RequestsTo("/rss.xml").Count >= 2, ct);
        await nodes[1 - leader].StopAsync(ct);
        foreach (var node in nodes)
        {
            node.Dispose();
        }

        Assert.True(Leads(logs[1 - leader]));
        Assert.Equal(2, server.RequestsTo("/rss.xml").Count);
    }

    private static bool Leads(LogRecorder log) => log.Entries.Any(e => e.Message.Contains("leads " + FeedPoller.LeaderName, StringComparison.Ordinal));

    private static async Task WaitUntilAsync(Func<bool> condition, CancellationToken ct)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(60);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "The condition did not hold within a minute.");
            await Task.Delay(50, ct);
        }
    }
}
