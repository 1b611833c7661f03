using System.Text;
using Assistant.Monitoring.Feeds;
using Assistant.Monitoring.Intake;
using Microsoft.Extensions.Options;

namespace Assistant.Monitoring.Tests.Feeds;

public sealed class FeedParserTests
{
    private static readonly FeedSource Source = new() { Name = "bao", Url = "https://bao.example/tin/rss.xml" };

    [Fact]
    public void Parse_FeedWithDoctype_ReadsItsItems()
    {
        const string xml = """
            <?xml version="1.0" encoding="utf-8"?>
            <!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">
            <rss version="2.0"><channel><title>Báo</title>
              <item><title>Học sinh được miễn học phí</title><guid isPermaLink="false">a1</guid></item>
            </channel></rss>
            """;

        var result = Parser().Parse(Source, Encoding.UTF8.GetBytes(xml));

        Assert.Equal("Học sinh được miễn học phí", Assert.Single(result.Posts).Text);
    }

    [Fact]
    public void Parse_AtomEntryWithRelativeLinkAndNoId_UsesTheLinkResolvedAgainstTheFeed()
    {
        const string xml = """
            <feed xmlns="http://www.w3.org/2005/Atom"><title>Báo</title>
              <entry><title>Tuyển sinh lớp 10</title><link href="../bai/tuyen-sinh"/><updated>2026-11-20T00:00:00Z</updated></entry>
            </feed>
            """;

        var post = Assert.Single(Parser().Parse(Source, Encoding.UTF8.GetBytes(xml)).Posts);

        Assert.Equal("https://bao.example/bai/tuyen-sinh", post.ExternalId);
        Assert.Equal(post.ExternalId, post.Url);
    }

    [Fact]
    public void Parse_ItemTextOverTheIntakeLimit_SkipsThatItem()
    {
        var xml = $"""
            <rss version="2.0"><channel><title>Báo</title>
              <item><title>Bài quá dài</title><guid>dai</guid><description>{new string('a', 2000)}</description></item>
              <item><title>Bài ngắn</title><guid>ngan</guid></item>
            </channel></rss>
            """;

        var result = Parser(maxTextBytes: 1000).Parse(Source, Encoding.UTF8.GetBytes(xml));

        Assert.Equal("ngan", Assert.Single(result.Posts).ExternalId);
        var skipped = Assert.Single(result.Skipped);
        Assert.Contains("'dai'", skipped.Item, StringComparison.Ordinal);
        Assert.Contains("1000-byte limit", skipped.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_MoreItemsThanTheLimit_CountsTheRestAsIgnored()
    {
        var items = string.Concat(Enumerable.Range(1, 5).Select(i => $"<item><title>Tin {i}</title><guid>t{i}</guid></item>"));

        var result = Parser(maxItems: 3).Parse(Source, Encoding.UTF8.GetBytes($"<rss version=\"2.0\"><channel><title>Báo</title>{items}</channel></rss>"));

        Assert.Equal(["t1", "t2", "t3"], result.Posts.Select(p => p.ExternalId));
        Assert.Equal(2, result.Ignored);
    }

    [Theory]
    [InlineData("<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"/>", "neither RSS 2.0")]
    [InlineData("<rss version=\"2.0\"/>", "no <channel>")]
    [InlineData("<rss><channel><item>", "not well-formed XML")]
    [InlineData("", "not well-formed XML")]
    public void Parse_NotAFeed_ThrowsFeedExceptionSayingWhy(string xml, string reason)
    {
        var error = Assert.Throws<FeedException>(() => Parser().Parse(Source, Encoding.UTF8.GetBytes(xml)));

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    private static FeedParser Parser(int maxItems = 100, int maxTextBytes = 1024 * 1024) =>
        new(Options.Create(new FeedOptions { MaxItemsPerPoll = maxItems }), Options.Create(new IntakeOptions { MaxTextBytes = maxTextBytes }));
}
