using System.Net;
using System.Net.Sockets;
using System.Text;
using Assistant.Core.Storage;
using Assistant.Monitoring.Feeds;
using Assistant.Monitoring.Intake;
using Assistant.Monitoring.Tests.Pipeline;
using Microsoft.Extensions.DependencyInjection;

namespace Assistant.Monitoring.Tests.Feeds;

public sealed class FeedPollerTests(PipelineFixture pipeline) : IAsyncLifetime
{
    private readonly LogRecorder logs = new();
    private FeedServer server = null!;

    public async ValueTask InitializeAsync() => server = await FeedServer.StartAsync(TestContext.Current.CancellationToken);

    public async ValueTask DisposeAsync() => await server.DisposeAsync();

    [Fact]
    public async Task PollAsync_Rss20Feed_StoresEachItemAsPlainTextPost()
    {
        using var services = FeedServices.Build(pipeline.NewDataFolder(), logs);
        var source = FeedServices.Source("tin-giao-duc", server.Serve("/rss.xml", FeedResponse.File("rss.xml")));

        var result = await services.GetRequiredService<FeedPoller>().PollAsync(source, TestContext.Current.CancellationToken);

        Assert.Equal(new FeedPollResult("tin-giao-duc", FeedPollStatus.Fetched, Items: 3, New: 3), result);
        var posts = await services.StoredAsync("rss:tin-giao-duc");
        var first = posts["tgd-1001"];
        Assert.Equal(
            "Hải Phòng triển khai Nghị quyết 71-NQ/TW về giáo dục\n\nSở Giáo dục và Đào tạo Hải Phòng ban hành kế hoạch truyền thông năm 2026.\n\nHọc sinh & phụ huynh được phổ biến rộng rãi.",
            first.Text);
        Assert.Equal("https://tin-giao-duc.example/bai/hai-phong-nq71", first.Url);
        Assert.Equal("Nguyễn Thị Hoà", first.Author);
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 1, 30, 0, TimeSpan.Zero), first.PublishedAt);

        var second = posts["https://tin-giao-duc.example/bai/hoc-phi"];
        Assert.Equal("NÓNG: chia sẻ gấp thông tin học phí\n\nThông tin “miễn học phí” được lan truyền trên mạng xã hội…", second.Text);
        Assert.Contains("toasoan@tin-giao-duc.example", second.Author, StringComparison.Ordinal);

        var third = posts[server.Url("/bai/can-tho")];
        Assert.Equal(server.Url("/bai/can-tho"), third.Url);
        Assert.Null(third.PublishedAt);
        Assert.Equal("Cần Thơ tăng cường phát hiện thông tin sai lệch\n\nCơ quan chức năng phối hợp phát hiện thông tin sai lệch về giáo dục.", third.Text);
        Assert.Equal(new FeedOptions().UserAgent, Assert.Single(server.RequestsTo("/rss.xml")).UserAgent);
    }

    [Fact]
    public async Task PollAsync_Atom10Feed_StoresEachEntryAsPlainTextPost()
    {
        using var services = FeedServices.Build(pipeline.NewDataFolder(), logs);
        var source = FeedServices.Source("bao-giao-duc", server.Serve("/atom.xml", FeedResponse.File("atom.xml")));

        var result = await services.GetRequiredService<FeedPoller>().PollAsync(source, TestContext.Current.CancellationToken);

        Assert.Equal(FeedPollStatus.Fetched, result.Status);
        var posts = await services.StoredAsync("rss:bao-giao-duc");
        Assert.Equal(2, posts.Count);
        var first = posts["urn:bgd:2001"];
        Assert.Equal("Bộ GD&ĐT hướng dẫn tuyển sinh 2026\n\nNăm học 2026–2027, các trường thực hiện tuyển sinh theo kế hoạch.", first.Text);
        Assert.Equal("https://bao-giao-duc.example/tuyen-sinh-2026", first.Url);
        Assert.Equal("Trần Văn Đức", first.Author);
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 0, 15, 0, TimeSpan.Zero), first.PublishedAt);
        var second = posts["urn:bgd:2002"];
        Assert.Equal("Tăng cường giáo dục STEM trong trường phổ thông\n\nChương trình STEM được mở rộng.", second.Text);
        Assert.Equal(new DateTimeOffset(2026, 11, 22, 10, 0, 0, TimeSpan.Zero), second.PublishedAt);
    }

    [Theory]
    [InlineData("rss.xml")]
    [InlineData("atom.xml")]
    public async Task PollAsync_NfdAndNfcCopiesOfAFeed_StoreTheSameNfcText(string file)
    {
        using var services = FeedServices.Build(pipeline.NewDataFolder(), logs);
        var nfc = FeedServices.Source("nfc", server.Serve("/nfc-" + file, FeedResponse.File(file)));
        var nfd = FeedServices.Source("nfd", server.Serve("/nfd-" + file, FeedResponse.File(file, NormalizationForm.FormD)));
        Assert.NotEqual(FeedResponse.File(file).Body, FeedResponse.File(file, NormalizationForm.FormD).Body);

        await services.GetRequiredService<FeedPoller>().PollAsync([nfc, nfd], TestContext.Current.CancellationToken);

        var fromNfc = await services.StoredAsync("rss:nfc");
        var fromNfd = await services.StoredAsync("rss:nfd");
        Assert.NotEmpty(fromNfc);
        Assert.Equal(fromNfc.Keys.Order(), fromNfd.Keys.Order());
        foreach (var (id, post) in fromNfc)
        {
            Assert.Equal(post.Text, fromNfd[id].Text);
            Assert.Equal(post.Author, fromNfd[id].Author);
            Assert.True(fromNfd[id].Text.IsNormalized(NormalizationForm.FormC));
        }
    }

    [Fact]
    public async Task PollAsync_UnchangedFeedWithETag_AsksConditionallyAndGets304()
    {
        using var services = FeedServices.Build(pipeline.NewDataFolder(), logs);
        const string lastModified = "Mon, 23 Nov 2026 02:00:00 GMT";
        var source = FeedServices.Source("etag", server.Serve("/etag.xml", FeedResponse.File("rss.xml") with { ETag = "\"v1\"", LastModified = lastModified }));
        var poller = services.GetRequiredService<FeedPoller>();

        var first = await poller.PollAsync(source, TestContext.Current.CancellationToken);
        var second = await poller.PollAsync(source, TestContext.Current.CancellationToken);

        Assert.Equal(FeedPollStatus.Fetched, first.Status);
        Assert.Equal(new FeedPollResult("etag", FeedPollStatus.NotModified), second);
        var requests = server.RequestsTo("/etag.xml");
        Assert.Equal(2, requests.Count);
        Assert.Null(requests[0].IfNoneMatch);
        Assert.Equal("\"v1\"", requests[1].IfNoneMatch);
        Assert.Equal(lastModified, requests[1].IfModifiedSince);
        Assert.Equal(3, (await services.StoredAsync("rss:etag")).Count);
    }

    [Fact]
    public async Task PollAsync_FeedWithLastModifiedOnly_Gets304OnIfModifiedSince()
    {
        using var services = FeedServices.Build(pipeline.NewDataFolder(), logs);
        const string lastModified = "Sun, 22 Nov 2026 23:00:00 GMT";
        var source = FeedServices.Source("lm", server.Serve("/lm.xml", FeedResponse.File("atom.xml") with { LastModified = lastModified }));
        var poller = services.GetRequiredService<FeedPoller>();

        await poller.PollAsync(source, TestContext.Current.CancellationToken);
        var second = await poller.PollAsync(source, TestContext.Current.CancellationToken);

        Assert.Equal(FeedPollStatus.NotModified, second.Status);
        Assert.Equal(lastModified, server.RequestsTo("/lm.xml")[1].IfModifiedSince);
        Assert.Null(server.RequestsTo("/lm.xml")[1].IfNoneMatch);
    }

    [Fact]
    public async Task PollAsync_AfterRestart_SendsTheETagStoredBeforeIt()
    {
        var data = pipeline.NewDataFolder();
        var source = FeedServices.Source("restart", server.Serve("/restart.xml", FeedResponse.File("rss.xml") with { ETag = "W/\"r7\"" }));
        using (var before = FeedServices.Build(data, logs))
        {
            await before.GetRequiredService<FeedPoller>().PollAsync(source, TestContext.Current.CancellationToken);
        }

        using var after = FeedServices.Build(data, logs);
        var result = await after.GetRequiredService<FeedPoller>().PollAsync(source, TestContext.Current.CancellationToken);

        Assert.Equal(FeedPollStatus.NotModified, result.Status);
        Assert.Equal("W/\"r7\"", server.RequestsTo("/restart.xml")[1].IfNoneMatch);
    }

    [Fact]
    public async Task PollAsync_FeedAddressChanged_DoesNotSendTheOldETag()
    {
        using var services = FeedServices.Build(pipeline.NewDataFolder(), logs);
        var poller = services.GetRequiredService<FeedPoller>();
        await poller.PollAsync(FeedServices.Source("moved", server.Serve("/old.xml", FeedResponse.File("rss.xml") with { ETag = "\"old\"" })), TestContext.Current.CancellationToken);

        var result = await poller.PollAsync(FeedServices.Source("moved", server.Serve("/new.xml", FeedResponse.File("rss.xml") with { ETag = "\"old\"" })), TestContext.Current.CancellationToken);

        Assert.Equal(FeedPollStatus.Fetched, result.Status);
        Assert.Null(Assert.Single(server.RequestsTo("/new.xml")).IfNoneMatch);
    }

    [Fact]
    public async Task PollAsync_SameItemsOnLaterPolls_StoredOnce()
    {
        using var services = FeedServices.Build(pipeline.NewDataFolder(), logs);
        var poller = services.GetRequiredService<FeedPoller>();
        var source = FeedServices.Source("lap-lai", server.Serve("/repeat.xml", FeedResponse.File("rss.xml")));
        var first = await poller.PollAsync(source, TestContext.Current.CancellationToken);
        var again = await poller.PollAsync(source, TestContext.Current.CancellationToken);
        var xml = FeedResponse.ReadFile("rss.xml");
        var firstItem = xml.IndexOf("<item>", StringComparison.Ordinal);
        var withNewItem = xml.Insert(firstItem, "<item><title>Tin mới về sách giáo khoa</title><guid isPermaLink=\"false\">tgd-2000</guid><description>Nội dung mới.</description></item>");
        server.Serve("/repeat.xml", FeedResponse.Text(withNewItem));

        var third = await poller.PollAsync(source, TestContext.Current.CancellationToken);

        Assert.Equal((3, 3), (first.Items, first.New));
        Assert.Equal((3, 0), (again.Items, again.New));
        Assert.Equal((4, 1), (third.Items, third.New));
        Assert.Equal((4, 4), await services.GetRequiredService<IPostStore>().CountAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task PollAsync_MalformedItems_SkippedAndNamedInLogRestStored()
    {
        using var services = FeedServices.Build(pipeline.NewDataFolder(), logs);
        var source = FeedServices.Source("mot-phan-hong", server.Serve("/malformed.xml", FeedResponse.File("malformed-items.xml")));

        var result = await services.GetRequiredService<FeedPoller>().PollAsync(source, TestContext.Current.CancellationToken);

        Assert.Equal((FeedPollStatus.Fetched, 2, 2), (result.Status, result.Items, result.Skipped));
        Assert.Equal(["ok-1", "ok-2"], (await services.StoredAsync("rss:mot-phan-hong")).Keys.Order());
        Assert.Equal(2, logs.Problems.Count);
        Assert.Contains(logs.Problems, m => m.Contains("mot-phan-hong", StringComparison.Ordinal) && m.Contains("'bad-date'", StringComparison.Ordinal));
        Assert.Contains(logs.Problems, m => m.Contains("mot-phan-hong", StringComparison.Ordinal) && m.Contains("#3", StringComparison.Ordinal));
    }

    [Fact]
    public async Task PollAsync_MoreItemsThanMaxItemsPerPoll_StoresTheFirstOnes()
    {
        using var services = FeedServices.Build(pipeline.NewDataFolder(), logs, new Dictionary<string, string?> { ["Monitoring:Feeds:MaxItemsPerPoll"] = "2" });
        var source = FeedServices.Source("gioi-han", server.Serve("/limit.xml", FeedResponse.File("rss.xml")));

        var result = await services.GetRequiredService<FeedPoller>().PollAsync(source, TestContext.Current.CancellationToken);

        Assert.Equal(2, result.New);
        Assert.Equal(["https://tin-giao-duc.example/bai/hoc-phi", "tgd-1001"], (await services.StoredAsync("rss:gioi-han")).Keys.Order());
    }

    [Theory]
    [InlineData("not-found", "HTTP 404")]
    [InlineData("server-error", "HTTP 500")]
    [InlineData("not-xml", "not well-formed XML")]
    [InlineData("html-page", "neither RSS 2.0")]
    [InlineData("oversized", "over the 4096-byte limit")]
    [InlineData("oversized-chunked", "over the 4096-byte limit")]
    [InlineData("down", "the download failed")]
    [InlineData("slow", "no complete answer within")]
    public async Task PollAsync_BrokenFeedNextToGoodOne_BrokenLoggedGoodStored(string kind, string reason)
    {
        using var services = FeedServices.Build(pipeline.NewDataFolder(), logs, new Dictionary<string, string?>
        {
            ["Monitoring:Feeds:MaxFeedBytes"] = "4096",
            ["Monitoring:Feeds:Timeout"] = kind == "slow" ? "00:00:01" : "00:00:30",
        });
        var good = FeedServices.Source("tot", server.Serve("/good.xml", FeedResponse.File("atom.xml")));
        var broken = FeedServices.Source("hong", BrokenFeedUrl(kind));

        var results = await services.GetRequiredService<FeedPoller>().PollAsync([broken, good], TestContext.Current.CancellationToken);

        Assert.Equal(FeedPollStatus.Failed, results[0].Status);
        Assert.Contains(reason, results[0].Error, StringComparison.Ordinal);
        Assert.Equal((FeedPollStatus.Fetched, 2), (results[1].Status, results[1].New));
        var problem = Assert.Single(logs.Problems);
        Assert.Contains("Feed hong", problem, StringComparison.Ordinal);
        Assert.Contains(reason, problem, StringComparison.Ordinal);
        Assert.Equal(2, (await services.StoredAsync("rss:tot")).Count);
    }

    [Fact]
    public async Task PollAsync_FeedFailedOnce_StoredOnTheNextPoll()
    {
        using var services = FeedServices.Build(pipeline.NewDataFolder(), logs);
        var poller = services.GetRequiredService<FeedPoller>();
        var source = FeedServices.Source("tam-hong", server.Serve("/flaky.xml", FeedResponse.Text("lỗi máy chủ", 503, "text/plain")));
        var failed = await poller.PollAsync(source, TestContext.Current.CancellationToken);
        server.Serve("/flaky.xml", FeedResponse.File("rss.xml") with { ETag = "\"ok\"" });

        var recovered = await poller.PollAsync(source, TestContext.Current.CancellationToken);

        Assert.Equal(FeedPollStatus.Failed, failed.Status);
        Assert.Equal((FeedPollStatus.Fetched, 3), (recovered.Status, recovered.New));
        Assert.All(server.RequestsTo("/flaky.xml"), request => Assert.Null(request.IfNoneMatch));
    }

    private string BrokenFeedUrl(string kind)
    {
        var big = FeedResponse.Text(FeedResponse.ReadFile("rss.xml").Replace("Tóm tắt ngắn.", new string('x', 8000), StringComparison.Ordinal));
        return kind switch
        {
            "not-found" => server.Url("/missing.xml"),
            "server-error" => server.Serve("/error.xml", FeedResponse.Text("Internal Server Error", 500, "text/plain")),
            "not-xml" => server.Serve("/not-xml.xml", FeedResponse.Text("{\"posts\": []}", contentType: "application/json")),
            "html-page" => server.Serve("/page.html", FeedResponse.Text("<html><body><p>Trang chủ</p></body></html>", contentType: "text/html")),
            "oversized" => server.Serve("/big.xml", big),
            "oversized-chunked" => server.Serve("/big-chunked.xml", big with { SendLength = false }),
            "down" => $"http://127.0.0.1:{ClosedPort()}/feed.xml",
            "slow" => server.Serve("/slow.xml", FeedResponse.File("rss.xml") with { Hang = true }),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
        };
    }

    private static int ClosedPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
